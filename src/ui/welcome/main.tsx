import '../shared/theme.css';
import '../options/fields.css';
import './welcome.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { WelcomePage } from './WelcomePage.tsx';

document.documentElement.lang = uiLanguage();
document.title = t('wel_pageTitle');
render(<WelcomePage />, document.getElementById('app') as HTMLElement);
