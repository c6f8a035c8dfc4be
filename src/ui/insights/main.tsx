import '../shared/theme.css';
import './insights.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { InsightsApp } from './InsightsApp.tsx';
import { databaseSource } from './source.ts';

document.documentElement.lang = uiLanguage();
// Right-to-left UI languages get a mirrored layout; Chrome knows which they are.
if (t('@@bidi_dir') === 'rtl') document.documentElement.dir = 'rtl';
document.title = t('ins_title');
render(<InsightsApp source={databaseSource} now={Date.now} />, document.getElementById('app') as HTMLElement);
