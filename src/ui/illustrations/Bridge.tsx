import { t } from '../i18n.ts';
import { Floor, Frame, Head, Motion } from './parts.tsx';

export function Bridge() {
  return (
    <Frame label={t('content_illus_bridge')}>
      <Floor />
      <Head x={14} y={74} />
      <path d="M21 77L56 57L76 50L84 79M23 79l22 1" />
      <Motion d="M56 47V35M52 39l4-4 4 4" />
    </Frame>
  );
}
