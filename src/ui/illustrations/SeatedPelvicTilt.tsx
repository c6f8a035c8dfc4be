import { t } from '../i18n.ts';
import { Chair, Floor, Frame, Head, Motion } from './parts.tsx';

export function SeatedPelvicTilt() {
  return (
    <Frame label={t('content_illus_seatedPelvicTilt')}>
      <Floor />
      <Chair />
      <Head x={70} y={18} />
      <path d="M71 25L75 54H52V80H46M72 31L62 44L55 50" />
      <Motion d="M92 62Q99 54 92 46M92 62l1-6M92 62l-6-1" />
    </Frame>
  );
}
