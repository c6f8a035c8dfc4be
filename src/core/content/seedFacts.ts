/**
 * The 25 facts of the seed text (shared/seed/lower-back-spasms.txt; a copy is in tests/fixtures),
 * each with the seed section it comes from and a short quote that finds it there. Content items name
 * the facts they carry (`seedFacts`), and tests/unit/seedFacts.test.ts fails when a fact is no longer
 * carried by anything.
 *
 * How the seed was counted (so a reviewer can redo it): one fact per sentence that gives advice, a
 * cause or a warning sign. A sentence that only explains or gives examples for the one before joins
 * that fact (walking and lying knee rolls are the seed's examples of gentle movement and stretching;
 * "a strong core acts as a natural brace" and the three moves explain core strengthening). The
 * introduction and the opening line of each section frame the section and add no fact of their own.
 * The desk sentence gives three separate instructions after its colon (lumbar support, feet flat,
 * screen at eye level): three facts. A list of signs joined by "or" that leads to one instruction
 * (severe, not improving or worsening pain; weight loss or fever) stays one fact. Posture and water
 * appear twice, once as advice and once as a cause: the seed makes two different claims there, so
 * they are two facts each. That gives 6 + 8 + 6 + 5 = 25.
 */
/** The four sections of the seed text, by short id, mapped to the seed's headings below. */
export type SeedSectionId = 'relief' | 'prevention' | 'causes' | 'medical';

export const SEED_SECTION_HEADINGS: Readonly<Record<SeedSectionId, string>> = {
  relief: 'Quick Relief for Immediate Spasms',
  prevention: 'Preventing Future Back Spasms',
  causes: 'Why Back Spasms Occur',
  medical: 'When Medical Help is Needed',
};

export interface SeedFact {
  id: string;
  section: SeedSectionId;
  /** Words copied from the seed that locate the fact (tests check they are really there). */
  anchor: string;
  /** What the fact says, in our words, for reviewers. */
  summary: string;
}

export const SEED_FACTS = [
  // Quick relief
  {
    id: 'relief.heat',
    section: 'relief',
    anchor: 'hot pack or bath increases blood flow',
    summary: 'Heat (a hot pack or a bath) brings blood to the area, relaxes the muscle and eases pain.',
  },
  {
    id: 'relief.coldInTowel',
    section: 'relief',
    anchor: 'ice pack wrapped in a towel',
    summary: 'An ice pack wrapped in a towel eases inflammation and muscle tension.',
  },
  {
    id: 'relief.alternate',
    section: 'relief',
    anchor: 'Alternating between hot and cold for about 20 minutes',
    summary: 'Warm and cold in turns, about 20 minutes in all, with breaks, can help.',
  },
  {
    id: 'relief.gentleMovement',
    section: 'relief',
    anchor: 'Gentle movement and stretching can be effective',
    summary: 'Moving gently helps even if it feels wrong: walking, and lying knee rolls side to side.',
  },
  {
    id: 'relief.tennisBall',
    section: 'relief',
    anchor: 'tennis ball on the painful spot (avoiding the spine)',
    summary: 'Pressing a tennis ball into the sore spot, never on the spine, helps the muscle relax.',
  },
  {
    id: 'relief.painRelief',
    section: 'relief',
    anchor: 'Over-the-counter nonsteroidal anti-inflammatory drugs',
    summary: 'Over-the-counter ibuprofen or naproxen (NSAIDs), or acetaminophen, can ease the pain.',
  },
  // Prevention
  {
    id: 'prevention.coreStrength',
    section: 'prevention',
    anchor: 'especially core strengthening',
    summary: 'Regular core strengthening (pelvic tilts, bird-dog, bridges) braces the spine and prevents spasms.',
  },
  {
    id: 'prevention.flexibility',
    section: 'prevention',
    anchor: 'Flexibility exercises and an active lifestyle',
    summary: 'Flexibility exercises and an active life keep muscles and joints from stiffening.',
  },
  {
    id: 'prevention.posture',
    section: 'prevention',
    anchor: 'Maintaining good posture throughout the day',
    summary: 'Good posture when sitting, standing or lifting keeps strain off the back muscles.',
  },
  {
    id: 'prevention.lumbarSupport',
    section: 'prevention',
    anchor: 'ensure adequate lumbar support',
    summary: 'At a desk, support the lower back.',
  },
  {
    id: 'prevention.feetFlat',
    section: 'prevention',
    anchor: 'keep feet flat',
    summary: 'At a desk, keep the feet flat.',
  },
  {
    id: 'prevention.screenEyeLevel',
    section: 'prevention',
    anchor: 'position your screen at eye level',
    summary: 'At a desk, put the screen at eye level to spare the neck and back.',
  },
  {
    id: 'prevention.breaks',
    section: 'prevention',
    anchor: 'stand and stretch every 30 minutes',
    summary: 'Stand up and stretch for a short break every 30 minutes.',
  },
  {
    id: 'prevention.hydration',
    section: 'prevention',
    anchor: 'Proper hydration is important',
    summary: 'Drink enough: muscles need water and electrolytes, and running dry brings cramps.',
  },
  // Causes
  {
    id: 'causes.strain',
    section: 'causes',
    anchor: 'Muscle strain or overuse',
    summary:
      'Strain or overuse (heavy lifting, repeated moves, sudden twists) injures tissue; the muscle clamps to protect it.',
  },
  {
    id: 'causes.posture',
    section: 'causes',
    anchor: 'Poor posture is a significant contributor',
    summary: 'Poor posture loads the back muscles and makes spasms more likely.',
  },
  {
    id: 'causes.sitting',
    section: 'causes',
    anchor: 'Prolonged sitting or a sedentary lifestyle',
    summary: 'Long sitting and little movement weaken back and belly muscles.',
  },
  {
    id: 'causes.hydration',
    section: 'causes',
    anchor: 'Dehydration and electrolyte imbalances',
    summary: 'Too little water or minerals (potassium, sodium, magnesium) can bring on cramps.',
  },
  {
    id: 'causes.stress',
    section: 'causes',
    anchor: 'stress and anxiety',
    summary: 'Stress and anxiety tense the muscles.',
  },
  {
    id: 'causes.conditions',
    section: 'causes',
    anchor: 'herniated disc, spinal stenosis, or arthritis',
    summary: 'A spasm can signal a condition pressing on nerves: herniated disc, spinal stenosis, arthritis.',
  },
  // When medical help is needed
  {
    id: 'medical.bowelBladder',
    section: 'medical',
    anchor: 'new bowel or bladder control problems',
    summary: 'New bladder or bowel control problems need immediate care (possible cauda equina syndrome).',
  },
  {
    id: 'medical.nerveSigns',
    section: 'medical',
    anchor: 'numbness, tingling, or weakness in one or both legs',
    summary:
      'Sudden numbness, tingling or weakness in the legs, or lost feeling around the genitals or buttocks, needs prompt assessment.',
  },
  {
    id: 'medical.painCourse',
    section: 'medical',
    anchor: 'progressively worsens',
    summary:
      'Pain that is severe, not better after a few days to a week of home care, or getting worse should be checked.',
  },
  {
    id: 'medical.injury',
    section: 'medical',
    anchor: 'significant injury or trauma',
    summary: 'Spasms after a serious injury such as a fall or car accident need checking for fractures.',
  },
  {
    id: 'medical.weightLossFever',
    section: 'medical',
    anchor: 'Unexplained weight loss or a fever',
    summary: 'Unexplained weight loss or a fever with back pain can mean a more serious condition.',
  },
] as const satisfies readonly SeedFact[];

export type SeedFactId = (typeof SEED_FACTS)[number]['id'];
