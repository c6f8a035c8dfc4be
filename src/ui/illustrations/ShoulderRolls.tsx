import { t } from '../i18n.ts';
import { Frame, Head, Motion } from './parts.tsx';

/** Front view of the upper body with a circling arrow over each shoulder. */
export function ShoulderRolls() {
  return (
    <Frame label={t('content_illus_shoulderRolls')}>
      <Head x={60} y={22} />
      <path d="M60 29V80M42 38H78M42 38L38 68M78 38L82 68" />
      <Motion d="M34 34A9 9 0 1 1 43 25M43 25l-5-2M43 25l-2 5" />
      <Motion d="M86 34A9 9 0 1 0 77 25M77 25l5-2M77 25l2 5" />
    </Frame>
  );
}
