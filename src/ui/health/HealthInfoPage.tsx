/**
 * "About Limber's health information": the full disclaimer that the one-line HealthDisclaimer links
 * to, the emergency signs, and every public source with what it supports. Opened in its own tab.
 */
import { RED_FLAGS } from '../../core/content/redFlags.ts';
import { ALL_SOURCES } from '../../core/content/sources.ts';
import { t } from '../i18n.ts';
import { ExternalLink } from '../shared/ExternalLink.tsx';
import { type SourceArea, sourceUses } from './sourceUses.ts';

const AREA_KEYS: Record<SourceArea, string> = {
  relief: 'health_area_relief',
  stretches: 'health_area_stretches',
  stretchSteps: 'health_area_stretchSteps',
  doctor: 'health_area_doctor',
  checklist: 'health_area_checklist',
  causes: 'health_area_causes',
};

export function HealthInfoPage() {
  const emergencies = RED_FLAGS.filter((f) => f.urgency === 'emergency');
  return (
    <article class="hlt" aria-labelledby="hlt-title">
      <h1 id="hlt-title">{t('health_page_title')}</h1>
      <p class="hlt-lead">{t('health_page_lead')}</p>

      <section aria-labelledby="hlt-not-diagnosis">
        <h2 id="hlt-not-diagnosis">{t('health_notDiagnosis_heading')}</h2>
        <p>{t('health_notDiagnosis_text1')}</p>
        <p>{t('health_notDiagnosis_text2')}</p>
      </section>

      <section class="hlt-emergency" aria-labelledby="hlt-emergency">
        <h2 id="hlt-emergency">{t('health_emergency_heading')}</h2>
        <p>{t('health_emergency_text')}</p>
        <ul>
          {emergencies.map((f) => (
            <li key={f.id}>{t(f.textKey)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="hlt-safety">
        <h2 id="hlt-safety">{t('health_safety_heading')}</h2>
        <ul>
          <li>{t('health_safety_stop')}</li>
          <li>{t('health_safety_spasm')}</li>
          <li>{t('health_safety_heatCold')}</li>
          <li>{t('health_safety_medicine')}</li>
        </ul>
      </section>

      <section aria-labelledby="hlt-sources">
        <h2 id="hlt-sources">{t('health_sources_heading')}</h2>
        <p>{t('health_sources_text')}</p>
        <ul class="hlt-sources">
          {ALL_SOURCES.map((source) => (
            <li key={source.id} data-source={source.id}>
              <ExternalLink href={source.url} lang="en">
                {source.name}
              </ExternalLink>
              <ul>
                {sourceUses(source).map((use) => (
                  <li key={use.area}>
                    <strong>{t(AREA_KEYS[use.area])}</strong> {use.keys.map((k) => t(k)).join(' · ')}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
        <p class="hlt-muted">{t('health_sources_noRequests')}</p>
      </section>
    </article>
  );
}
