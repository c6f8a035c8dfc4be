// Pages import translations from here; the implementation is the platform adapter.
export { t, uiLanguage } from '../platform/i18n.ts';
