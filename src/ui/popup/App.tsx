/**
 * The toolbar popup: a header, the tab bar and one panel at a time. The Status panel is in the first
 * view's bundle; every other panel is its own chunk, loaded the first time its tab is opened (or the
 * pointer rests on it), and kept mounted afterwards so a return visit is instant.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { openOptions } from '../../platform/options.ts';
import { t } from '../i18n.ts';
import type { StretchRequest } from '../sections/StretchesSection.tsx';
import { Actions } from './Actions.tsx';
import { lazySection } from './lazySection.tsx';
import { NoticesBanner } from './NoticesBanner.tsx';
import { StatusCard } from './StatusCard.tsx';
import { type TabDef, TabPanel, Tabs, tabId } from './Tabs.tsx';
import { TodaySparkline } from './TodaySparkline.tsx';
import { useStatus } from './useStatus.ts';

export type TabId = 'status' | 'checklist' | 'stretches' | 'relief' | 'doctor' | 'causes';

const Checklist = lazySection(() => import('./ChecklistPanel.tsx').then((m) => m.ChecklistPanel));
const Stretches = lazySection(() => import('../sections/StretchesSection.tsx').then((m) => m.StretchesSection));
const Relief = lazySection(() => import('../sections/ReliefSection.tsx').then((m) => m.ReliefSection));
const Doctor = lazySection(() => import('../sections/DoctorSection.tsx').then((m) => m.DoctorSection));
const Causes = lazySection(() => import('../sections/CausesSection.tsx').then((m) => m.CausesSection));

const PRELOAD: Partial<Record<TabId, () => Promise<unknown>>> = {
  checklist: Checklist.preload,
  stretches: Stretches.preload,
  relief: Relief.preload,
  doctor: Doctor.preload,
  causes: Causes.preload,
};

function tabDefs(): TabDef<TabId>[] {
  return [
    { id: 'status', label: t('popup_tab_status') },
    { id: 'checklist', label: t('popup_tab_checklist') },
    { id: 'stretches', label: t('popup_tab_stretches') },
    { id: 'relief', label: t('popup_tab_relief') },
    // The warning signs must be one click from the first view, and stand out: someone in pain looks here.
    { id: 'doctor', label: t('popup_tab_doctor'), hint: t('popup_tab_doctor_hint'), tone: 'tab-doctor' },
    { id: 'causes', label: t('popup_tab_causes'), hint: t('popup_tab_causes_hint') },
  ];
}

/** Owns the per-second tick, so only the status panel re-renders every second, not the sections. */
function StatusPanel() {
  const live = useStatus();
  return (
    <>
      <NoticesBanner />
      <StatusCard snapshot={live.snapshot} now={live.now} error={live.error} onRetry={live.refresh} />
      <Actions status={live.snapshot?.status ?? null} onStatus={live.show} />
      {/* Last in the panel, so its late arrival shifts nothing above it. */}
      <TodaySparkline today={live.snapshot?.status.today} />
    </>
  );
}

function SettingsIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="2.2" fill="none" stroke="currentColor" stroke-width="1.5" />
      <path
        d="M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4"
        stroke="currentColor"
        stroke-width="1.5"
        stroke-linecap="round"
      />
    </svg>
  );
}

export function App() {
  const [selected, setSelected] = useState<TabId>('status');
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['status']));
  const [stretchRequest, setStretchRequest] = useState<StretchRequest | undefined>(undefined);

  const select = (id: TabId) => {
    setSelected(id);
    setVisited((seen) => (seen.has(id) ? seen : new Set(seen).add(id)));
  };
  /** In-content links ("see the stretches"): switch tabs and put focus where the tab bar is. */
  const goTo = (id: TabId) => {
    select(id);
    document.getElementById(tabId(id))?.focus();
  };
  /** From "During a spasm": open one stretch, or the strengthening group when no stretch is named. */
  const showStretch = (stretchId?: string) => {
    setStretchRequest((r) => ({
      seq: (r?.seq ?? 0) + 1,
      ...(stretchId ? { stretchId } : { groupId: 'strengthen' as const }),
    }));
    goTo('stretches');
  };
  const openSettings = () => {
    openOptions().catch((error: unknown) => console.error('Limber: could not open the options page', error));
  };
  const panel = (id: TabId, content: ComponentChildren) => (
    <TabPanel id={id} selected={selected === id}>
      {visited.has(id) && content}
    </TabPanel>
  );

  return (
    <>
      <header class="top">
        <h1 class="brand">{t('popup_title')}</h1>
        <button type="button" class="settings" onClick={openSettings}>
          <SettingsIcon />
          <span>{t('popup_openOptions')}</span>
        </button>
      </header>
      <Tabs
        tabs={tabDefs()}
        selected={selected}
        label={t('popup_tabs_label')}
        onSelect={select}
        onIntent={(id) => void PRELOAD[id]?.()}
      />
      {panel('status', <StatusPanel />)}
      {panel('checklist', <Checklist />)}
      {panel('stretches', <Stretches {...(stretchRequest ? { request: stretchRequest } : {})} />)}
      {panel('relief', <Relief onShowStretch={showStretch} onShowDoctor={() => goTo('doctor')} />)}
      {panel('doctor', <Doctor />)}
      {panel('causes', <Causes />)}
    </>
  );
}
