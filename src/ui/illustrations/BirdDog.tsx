import { t } from '../i18n.ts';
import { Floor, Frame, Head } from './parts.tsx';

export function BirdDog() {
  return (
    <Frame label={t('content_illus_birdDog')}>
      <Floor />
      <Head x={30} y={40} />
      <path d="M40 50H76M40 50V80M76 50L78 80H94M40 50H14M76 50L110 47" />
    </Frame>
  );
}
