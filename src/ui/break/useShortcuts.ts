/**
 * Single-key shortcuts for the break page (N, S, D/Enter, Space). Keys typed into a field, or with
 * a modifier, are left alone; Enter and Space on a focused button keep their usual meaning (press
 * that button) so keyboard users never trigger two actions at once.
 */
import { useEffect, useRef } from 'preact/hooks';

export type ShortcutMap = Partial<Record<'n' | 's' | 'd' | 'enter' | 'space', () => void>>;

const ACTIVATES_ON_KEY = 'button, a[href], input, select, textarea, summary, [contenteditable="true"]';

export function shortcutFor(event: KeyboardEvent): keyof ShortcutMap | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.repeat) return null;
  const target = event.target instanceof Element ? event.target : null;
  const interactive = target?.closest(ACTIVATES_ON_KEY) ?? null;
  const key = event.key.toLowerCase();
  if (key === 'enter' || key === ' ') return interactive ? null : key === ' ' ? 'space' : 'enter';
  if (interactive && target?.closest('input, select, textarea, [contenteditable="true"]')) return null;
  return key === 'n' || key === 's' || key === 'd' ? key : null;
}

export function useShortcuts(map: ShortcutMap): void {
  // Read the latest handlers through a ref so the listener is added once, not on every render.
  const current = useRef(map);
  current.current = map;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const name = shortcutFor(event);
      const action = name ? current.current[name] : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
