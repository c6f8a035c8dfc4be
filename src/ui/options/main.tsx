import '../shared/theme.css';
import './fields.css';
import './options.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { OptionsApp } from './OptionsApp.tsx';

document.documentElement.lang = uiLanguage();
document.title = t('opt_pageTitle');
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
