import { t } from '../i18n.ts';
import { Floor, Frame, Head } from './parts.tsx';

export function TennisBall() {
  return (
    <Frame label={t('content_illus_tennisBall')}>
      <Floor />
      <path class="lb-illus-prop" d="M97 8v74" stroke-width="2.5" />
      <Head x={82} y={16} />
      <path d="M84 23L86 54L78 80M86 54L70 80M84 30L76 48" />
      <circle class="lb-illus-accent-fill" cx="91.5" cy="47" r="4" />
    </Frame>
  );
}
