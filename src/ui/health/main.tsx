import '../shared/theme.css';
import './health.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { HealthInfoPage } from './HealthInfoPage.tsx';

document.documentElement.lang = uiLanguage();
if (t('@@bidi_dir') === 'rtl') document.documentElement.dir = 'rtl';
document.title = t('health_page_title');
render(<HealthInfoPage />, document.getElementById('app') as HTMLElement);
