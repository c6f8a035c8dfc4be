import '../shared/theme.css';
import './break.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { BreakPage } from './BreakPage.tsx';

document.documentElement.lang = uiLanguage();
document.title = t('brk_title');
render(<BreakPage />, document.getElementById('app') as HTMLElement);
