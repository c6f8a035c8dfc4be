import '../shared/theme.css';
import './popup.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { App } from './App.tsx';

document.documentElement.lang = uiLanguage();
// Right-to-left UI languages (Arabic, Hebrew…) get a mirrored layout; Chrome knows which they are.
if (t('@@bidi_dir') === 'rtl') document.documentElement.dir = 'rtl';
document.title = t('popup_title');
render(<App />, document.getElementById('app') as HTMLElement);
