import { t } from '../i18n.ts';
import { Floor, Frame, Head, Motion } from './parts.tsx';

export function StandingBackExtension() {
  return (
    <Frame label={t('content_illus_standingBackExtension')}>
      <Floor />
      <Head x={67} y={14} />
      <path d="M65 21Q70 36 60 50L56 80M60 50L64 80M66 27L75 38L67 46" />
      <Motion d="M82 16Q92 28 84 42M84 42l1-6M84 42l-6-1" />
    </Frame>
  );
}
