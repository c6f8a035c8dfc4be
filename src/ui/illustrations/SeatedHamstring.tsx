import { t } from '../i18n.ts';
import { Chair, Floor, Frame, Head } from './parts.tsx';

export function SeatedHamstring() {
  return (
    <Frame label={t('content_illus_seatedHamstring')}>
      <Floor />
      <Chair />
      <Head x={46} y={22} />
      <path d="M51 28L62 55L24 79M62 55L48 58V80M53 34L38 56" />
    </Frame>
  );
}
