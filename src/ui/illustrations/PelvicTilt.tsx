import { t } from '../i18n.ts';
import { Floor, Frame, Head, Motion } from './parts.tsx';

export function PelvicTilt() {
  return (
    <Frame label={t('content_illus_pelvicTilt')}>
      <Floor />
      <Head x={16} y={72} />
      <path d="M23 75H60L74 56L88 79M27 77l20 3" />
      <Motion d="M48 56v12M44 64l4 4 4-4" />
    </Frame>
  );
}
