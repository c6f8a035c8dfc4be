import { t } from '../i18n.ts';
import { Floor, Frame, Ghost, Head, Motion } from './parts.tsx';

export function KneeRolls() {
  return (
    <Frame label={t('content_illus_kneeRolls')}>
      <Floor />
      <Head x={16} y={72} />
      <path d="M23 75H60L74 56L88 79M27 77l20 3" />
      <Ghost d="M60 75L82 64L94 80" />
      <Motion d="M64 46Q77 35 90 46M90 46l-6 0M90 46l-1-6" />
    </Frame>
  );
}
