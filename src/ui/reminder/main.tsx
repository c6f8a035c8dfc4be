import '../shared/theme.css';
import './reminder.css';
import { render } from 'preact';
import { t, uiLanguage } from '../i18n.ts';
import { ReminderWindow } from './ReminderWindow.tsx';

document.documentElement.lang = uiLanguage();
document.title = t('reminderTitle');
render(<ReminderWindow />, document.getElementById('app') as HTMLElement);
