import { t } from '../i18n.ts';
import { Chair, Floor, Frame, Ghost, Head } from './parts.tsx';

export function ChairCatCow() {
  return (
    <Frame label={t('content_illus_chairCatCow')}>
      <Floor />
      <Chair />
      <Ghost d="M72 24Q64 40 75 54" />
      <Head x={62} y={24} />
      <path d="M68 29Q82 40 75 54H52V80H46M70 33L58 44L53 52" />
    </Frame>
  );
}
