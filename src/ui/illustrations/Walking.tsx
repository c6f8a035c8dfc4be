import { t } from '../i18n.ts';
import { Floor, Frame, Head, Motion } from './parts.tsx';

export function Walking() {
  return (
    <Frame label={t('content_illus_walking')}>
      <Floor />
      <Head x={60} y={14} />
      <path d="M60 21V50L70 64L74 80M60 50L54 65L46 79M60 28L52 40L50 48M60 28L68 38L75 44" />
      <Motion d="M30 30h10M26 40h10M30 50h10" />
    </Frame>
  );
}
