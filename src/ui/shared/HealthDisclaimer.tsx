/**
 * The one-line health disclaimer, with a link to the full text (the health-information page). Put it
 * wherever Limber gives health advice: the relief and doctor sections, the stretch detail, the break
 * page, the welcome page. It styles itself and inherits colours, so it fits any Limber page.
 */
import { t } from '../i18n.ts';
import { HEALTH_PAGE_HREF } from './healthPage.ts';
import './healthLinks.css';

export function HealthDisclaimer() {
  return (
    <p class="lb-disclaimer">
      <svg class="lb-disclaimer-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M8 7.3v4M8 4.7v.1" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
      <span>
        {t('health_disclaimer_short')}{' '}
        <a class="lb-link" href={HEALTH_PAGE_HREF} target="_blank" rel="noopener">
          {t('health_disclaimer_more')}
          <span class="lb-visually-hidden"> {t('health_link_newTab')}</span>
        </a>
      </span>
    </p>
  );
}
