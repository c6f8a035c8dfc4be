import { t } from '../i18n.ts';
import { Chair, Floor, Frame, Head } from './parts.tsx';

export function SeatedKneeToChest() {
  return (
    <Frame label={t('content_illus_seatedKneeToChest')}>
      <Floor />
      <Chair />
      <Head x={70} y={18} />
      <path d="M71 25L75 54H52V80H46M75 54L58 38L55 60M72 32L60 42" />
    </Frame>
  );
}
