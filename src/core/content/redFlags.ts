/**
 * Every warning sign the seed names, in three groups. The four emergencies (possible nerve
 * compression such as cauda equina syndrome, and pain after a serious injury) come first: NHS and
 * Mayo Clinic send them to emergency care. A fever goes to a doctor the same day (NHS: urgent GP or
 * 111; Mayo Clinic: seek care at once). The rest need a doctor's appointment, each with a test a
 * person can apply.
 */
import { CSP_BACK_PAIN, MAYO_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN, NHS_BACK_PAIN } from './sources.ts';
import type { PublicSource, RedFlag, RedFlagUrgency, SeedFactId } from './types.ts';

function flag(id: string, urgency: RedFlagUrgency, seedFact: SeedFactId, sources: PublicSource[]): RedFlag {
  return { id, textKey: `content_flag_${id}`, urgency, seedFacts: [seedFact], sources };
}

export const RED_FLAGS: readonly RedFlag[] = [
  flag('bowelBladder', 'emergency', 'medical.bowelBladder', [NHS_BACK_PAIN, MAYO_BACK_PAIN]),
  flag('legNumbness', 'emergency', 'medical.nerveSigns', [NHS_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN]),
  flag('saddleNumbness', 'emergency', 'medical.nerveSigns', [NHS_BACK_PAIN]),
  flag('seriousInjury', 'emergency', 'medical.injury', [NHS_BACK_PAIN, MAYO_BACK_PAIN]),
  flag('fever', 'today', 'medical.weightLossFever', [NHS_BACK_PAIN, MAYO_BACK_PAIN]),
  flag('severePain', 'soon', 'medical.painCourse', [NHS_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN]),
  flag('notImproving', 'soon', 'medical.painCourse', [CSP_BACK_PAIN]),
  flag('gettingWorse', 'soon', 'medical.painCourse', [NHS_BACK_PAIN]),
  flag('weightLoss', 'soon', 'medical.weightLossFever', [MAYO_BACK_PAIN, MEDLINEPLUS_LOW_BACK_PAIN]),
];

export const URGENCY_ORDER: readonly RedFlagUrgency[] = ['emergency', 'today', 'soon'];

/** Each urgency's signs in their listed order, whatever order the input came in. */
export function redFlagsByUrgency(flags: readonly RedFlag[] = RED_FLAGS): Record<RedFlagUrgency, RedFlag[]> {
  return {
    emergency: flags.filter((f) => f.urgency === 'emergency'),
    today: flags.filter((f) => f.urgency === 'today'),
    soon: flags.filter((f) => f.urgency === 'soon'),
  };
}
