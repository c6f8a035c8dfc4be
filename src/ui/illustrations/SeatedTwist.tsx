import { t } from '../i18n.ts';
import { Floor, Frame, Head, Motion } from './parts.tsx';

/** Front view, so the turn of the upper body reads clearly. */
export function SeatedTwist() {
  return (
    <Frame label={t('content_illus_seatedTwist')}>
      <Floor />
      <path class="lb-illus-prop" d="M38 58h44M40 58v24M80 58v24" stroke-width="2.5" />
      <Head x={60} y={15} />
      <path d="M60 22V56M54 56L50 80M66 56L70 80M50 30L68 41M70 30L52 41" />
      <Motion d="M40 46Q60 58 80 46M80 46l-6 0M80 46l-2 6" />
    </Frame>
  );
}
