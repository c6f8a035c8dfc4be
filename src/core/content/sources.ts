/**
 * The seed's sections and the named public guidelines Limber draws on beyond the seed. Kept in one
 * place so every item cites the same name and address for the same guideline.
 */
import type { ContentSource, SeedSection } from './types.ts';

function seed(section: SeedSection): ContentSource {
  return { kind: 'seed', section };
}

export const SEED_RELIEF = seed('Quick Relief for Immediate Spasms');
export const SEED_PREVENTION = seed('Preventing Future Back Spasms');
export const SEED_CAUSES = seed('Why Back Spasms Occur');
export const SEED_MEDICAL = seed('When Medical Help is Needed');

export const OSHA_WORKSTATIONS: ContentSource = {
  kind: 'guideline',
  name: 'OSHA eTool: Computer Workstations',
  url: 'https://www.osha.gov/etools/computer-workstations',
};

export const NHS_INFORM_BACK_EXERCISES: ContentSource = {
  kind: 'guideline',
  name: 'NHS inform: Exercises for back pain',
  url: 'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
};

export const CUH_BACK_MOBILITY: ContentSource = {
  kind: 'guideline',
  name: 'Cambridge University Hospitals NHS: Back mobility exercises',
  url: 'https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/',
};

export const NEWCASTLE_BODY_CHECK: ContentSource = {
  kind: 'guideline',
  name: 'Newcastle Hospitals NHS Occupational Health: 1 minute body check',
  url: 'https://newcastle-hospitals.nhs.uk/services/newcastle-occupational-health-service/physiotherapy/1-minute-body-check',
};

export const MAYO_SITTING_STRETCHES: ContentSource = {
  kind: 'guideline',
  name: 'Mayo Clinic: Stretch to take the strain out of sitting',
  url: 'https://communityhealth.mayoclinic.org/featured-stories/sitting-stretches',
};

export const MAYO_LOWER_BACK_STRETCHES: ContentSource = {
  kind: 'guideline',
  name: 'Mayo Clinic: Lower back stretches (video)',
  url: 'https://www.mayoclinic.org/healthy-living/adult-health/multimedia/lower-back-stretches/vid-20084700',
};

export const FDA_OTC_MEDICINES: ContentSource = {
  kind: 'guideline',
  name: 'U.S. FDA: Understanding Over-the-Counter Medicines',
  url: 'https://www.fda.gov/drugs/buying-using-medicine-safely/understanding-over-counter-medicines',
};
