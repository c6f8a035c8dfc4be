/**
 * An accessible tab bar (WAI-ARIA tabs pattern, automatic activation): one tab stop (roving
 * tabindex), Left/Right move and select with wrap-around, Home/End jump to the ends. Selection
 * follows focus because every panel is cheap to show or already loading.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
  /** Longer meaning of a short label, as a tooltip. */
  hint?: string;
  /** Extra class, e.g. to mark the warning-signs tab. */
  tone?: string;
}

export interface TabsProps<Id extends string> {
  tabs: readonly TabDef<Id>[];
  selected: Id;
  label: string;
  onSelect: (id: Id) => void;
  /** The pointer rests on a tab: a chance to start loading its panel before the click. */
  onIntent?: (id: Id) => void;
}

export const tabId = (id: string) => `tab-${id}`;
export const panelId = (id: string) => `panel-${id}`;

const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_, n) => n - 1,
};

export function Tabs<Id extends string>({ tabs, selected, label, onSelect, onIntent }: TabsProps<Id>) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = STEP[event.key];
    if (!step) return;
    event.preventDefault();
    const current = tabs.findIndex((tab) => tab.id === selected);
    const next = step(Math.max(0, current), tabs.length);
    const target = tabs[next];
    if (!target) return;
    onSelect(target.id);
    list.current?.querySelector<HTMLElement>(`#${tabId(target.id)}`)?.focus();
  };

  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            id={tabId(tab.id)}
            type="button"
            role="tab"
            class={tab.tone ? `tab ${tab.tone}` : 'tab'}
            aria-selected={isSelected}
            aria-controls={panelId(tab.id)}
            tabIndex={isSelected ? 0 : -1}
            title={tab.hint}
            onClick={() => onSelect(tab.id)}
            onPointerEnter={onIntent ? () => onIntent(tab.id) : undefined}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

export interface TabPanelProps {
  id: string;
  selected: boolean;
  children?: ComponentChildren;
}

/** A panel stays in the DOM once shown (hidden when not selected), so a return visit keeps its state. */
export function TabPanel({ id, selected, children }: TabPanelProps) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the WAI-ARIA tabs pattern makes a panel a tab stop, so keyboard users reach content that starts with plain text.
    <div class="panel" role="tabpanel" id={panelId(id)} aria-labelledby={tabId(id)} hidden={!selected} tabIndex={0}>
      {children}
    </div>
  );
}
