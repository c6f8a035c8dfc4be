// The app, imported by boot.ts once the static skeleton has painted. Its CSS (the theme included, by
// @import) is inlined into popup.html at build time (scripts/inline-css-plugin.ts), so the skeleton
// is styled before any script runs.
import './popup.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { App } from './App.tsx';
import { prefetchStatus } from './statusPrefetch.ts';

// Before anything renders (imports are evaluated first whatever their place, so this is as early as
// it gets): the background works out the status while the app mounts.
prefetchStatus();
document.documentElement.lang = uiLanguage();
// Right-to-left UI languages (Arabic, Hebrew…) get a mirrored layout; Chrome knows which they are.
if (t('@@bidi_dir') === 'rtl') document.documentElement.dir = 'rtl';
document.title = t('popup_title');
render(<App />, document.getElementById('app') as HTMLElement);
