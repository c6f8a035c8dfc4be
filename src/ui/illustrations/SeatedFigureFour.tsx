import { t } from '../i18n.ts';
import { Chair, Floor, Frame, Head } from './parts.tsx';

export function SeatedFigureFour() {
  return (
    <Frame label={t('content_illus_seatedFigureFour')}>
      <Floor />
      <Chair />
      <Head x={56} y={20} />
      <path d="M61 26L75 54H52V80H46M75 54L66 42L49 51M63 31L64 43" />
    </Frame>
  );
}
