/**
 * The public pages Limber's health content is checked against, in one place so every item cites
 * the same name and address for the same page. Each comment says what the page supports; the
 * pages were read (stored copies) when the content was last reviewed (docs/HEALTH-CONTENT.md).
 * Limber never fetches them: the user opens one by clicking its link.
 */
import type { PublicSource } from './types.ts';

function source(id: string, name: string, url: string): PublicSource {
  return { id, name, url };
}

/** Heat and cold wrapped in a towel, staying active, stretches; the emergency and same-day signs; severe pain. */
export const NHS_BACK_PAIN = source('nhsBackPain', 'NHS: Back pain', 'https://www.nhs.uk/conditions/back-pain/');

/** Home care (heat or ice, walking, over-the-counter medicine "as the package says"), and when to call a doctor. */
export const MEDLINEPLUS_LOW_BACK_PAIN = source(
  'medlinePlusLowBackPain',
  'MedlinePlus: Low back pain – acute',
  'https://medlineplus.gov/ency/article/007425.htm',
);

/** Causes (strain, disks, arthritis, stenosis, lack of exercise), prevention (core, flexibility, sitting, lifting), when to get care. */
export const MAYO_BACK_PAIN = source(
  'mayoBackPain',
  'Mayo Clinic: Back pain – symptoms and causes',
  'https://www.mayoclinic.org/diseases-conditions/back-pain/symptoms-causes/syc-20369906',
);

/** Dehydration and low minerals (potassium, calcium, magnesium) as causes of muscle cramps. */
export const MAYO_MUSCLE_CRAMP = source(
  'mayoMuscleCramp',
  'Mayo Clinic: Muscle cramp – symptoms and causes',
  'https://www.mayoclinic.org/diseases-conditions/muscle-cramp/symptoms-causes/syc-20350820',
);

/** Muscles tense up under stress, and long-lasting tension feeds back pain. */
export const APA_STRESS_BODY = source(
  'apaStressBody',
  'American Psychological Association: Stress effects on the body',
  'https://www.apa.org/topics/stress/body',
);

/** Read and follow the label of an over-the-counter medicine; ask a pharmacist. */
export const FDA_OTC_MEDICINES = source(
  'fdaOtcMedicines',
  'U.S. FDA: Understanding over-the-counter medicines',
  'https://www.fda.gov/drugs/buying-using-medicine-safely/understanding-over-counter-medicines',
);

/** Step by step: rolling the knees, tilting the pelvis, back bends, walking at a comfortable pace. */
export const NHS_INFORM_BACK_EXERCISES = source(
  'nhsInformBackExercises',
  'NHS inform: Exercises for back pain',
  'https://www.nhsinform.scot/illnesses-and-conditions/muscle-bone-and-joints/exercises/exercises-for-back-pain',
);

/** Knee rolls, pelvic tilt, knees to chest; "severe or not improving after a week or so, contact your doctor". */
export const CSP_BACK_PAIN = source(
  'cspBackPain',
  'Chartered Society of Physiotherapy: Exercise advice for back pain',
  'https://www.csp.org.uk/public-patient/rehabilitation-exercises/back-pain',
);

/** Step by step: bridging, pelvic tilts, knee rolls, and slumping then sitting tall on a seat. */
export const CUH_BACK_MOBILITY = source(
  'cuhBackMobility',
  'Cambridge University Hospitals NHS: Back mobility exercises',
  'https://www.cuh.nhs.uk/patient-information/back-mobility-exercises/',
);

/** Step by step: bird-dog on hands and knees, back level, core engaged. */
export const MAYO_BIRD_DOG = source(
  'mayoBirdDog',
  'Mayo Clinic: Build back strength as you balance in bird dog (video)',
  'https://www.mayoclinic.org/connected-care/build-core-strength-as-you-balance-in-bird-dog/vid-20307388',
);

/** Step by step: seated knee-to-chest and seated hamstring stretch; a chair without wheels; no bouncing. */
export const MAYO_LOWER_BACK_STRETCHES = source(
  'mayoLowerBackStretches',
  'Mayo Clinic: Lower back stretches (video)',
  'https://www.mayoclinic.org/healthy-living/adult-health/multimedia/lower-back-stretches/vid-20084700',
);

/** Step by step: shoulder rolls, seated twist with crossed arms, slouch then sit tall; move every 30 minutes. */
export const NEWCASTLE_BODY_CHECK = source(
  'newcastleBodyCheck',
  'Newcastle Hospitals NHS Occupational Health: 1 minute body check',
  'https://newcastle-hospitals.nhs.uk/services/newcastle-occupational-health-service/physiotherapy/1-minute-body-check',
);

/** Step by step: the seated "figure 4" hip stretch in a sturdy chair. */
export const ESKENAZI_PIRIFORMIS = source(
  'eskenaziPiriformis',
  'Eskenazi Health: Piriformis stretch (exercise of the month)',
  'https://www.eskenazihealth.edu/news/exercise-of-the-month-piriformis-stretch-for-sciatica',
);

/** Step by step: massaging the back with a tennis ball, on each side of the spine. */
export const MYHEALTH_ALBERTA_TENNIS_BALL = source(
  'myHealthAlbertaTennisBall',
  'MyHealth.Alberta.ca: Back pain – massage with a tennis ball',
  'https://myhealth.alberta.ca/Health/Pages/conditions.aspx?hwid=abk6834',
);

/** Backrest that supports the lower back; feet flat on the floor or a footrest. */
export const OSHA_CHAIRS = source(
  'oshaChairs',
  'OSHA Computer Workstations eTool: Chairs',
  'https://www.osha.gov/etools/computer-workstations/components/chairs',
);

/** Top of the screen at or slightly below eye level; 20 to 40 inches (50 to 100 cm) away. */
export const OSHA_MONITORS = source(
  'oshaMonitors',
  'OSHA Computer Workstations eTool: Monitors',
  'https://www.osha.gov/etools/computer-workstations/components/monitors',
);

/** Keyboard at elbow height, shoulders relaxed, wrists straight. */
export const OSHA_KEYBOARDS = source(
  'oshaKeyboards',
  'OSHA Computer Workstations eTool: Keyboards',
  'https://www.osha.gov/etools/computer-workstations/components/keyboards',
);

/** Neutral sitting: back fully supported, knees about level with the hips, feet supported. */
export const OSHA_POSITIONS = source(
  'oshaPositions',
  'OSHA Computer Workstations eTool: Good working positions',
  'https://www.osha.gov/etools/computer-workstations/positions',
);

/** Lighting and glare on the screen. */
export const OSHA_ENVIRONMENT = source(
  'oshaEnvironment',
  'OSHA Computer Workstations eTool: Workstation environment',
  'https://www.osha.gov/etools/computer-workstations/workstation-environment',
);

/** Every page above, for the health-information page and the tests. */
export const ALL_SOURCES: readonly PublicSource[] = [
  NHS_BACK_PAIN,
  MEDLINEPLUS_LOW_BACK_PAIN,
  MAYO_BACK_PAIN,
  MAYO_MUSCLE_CRAMP,
  APA_STRESS_BODY,
  FDA_OTC_MEDICINES,
  NHS_INFORM_BACK_EXERCISES,
  CSP_BACK_PAIN,
  CUH_BACK_MOBILITY,
  MAYO_BIRD_DOG,
  MAYO_LOWER_BACK_STRETCHES,
  NEWCASTLE_BODY_CHECK,
  ESKENAZI_PIRIFORMIS,
  MYHEALTH_ALBERTA_TENNIS_BALL,
  OSHA_CHAIRS,
  OSHA_MONITORS,
  OSHA_KEYBOARDS,
  OSHA_POSITIONS,
  OSHA_ENVIRONMENT,
];
