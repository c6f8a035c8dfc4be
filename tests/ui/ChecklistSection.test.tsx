// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKLIST } from '../../src/core/content/checklist.ts';
import { ChecklistSection } from '../../src/ui/sections/ChecklistSection.tsx';
import type { ChecklistStore } from '../../src/ui/sections/checklistStore.ts';
import { createMemoryChecklistStore } from '../support/memoryChecklistStore.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 15, 12);
const total = CHECKLIST.length;

afterEach(cleanup);

/** The checkbox whose <label> reads `label` (jest-dom matchers are not installed, so read properties). */
function box(label: string): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement;
}

async function renderLoaded(store: ChecklistStore, now = () => NOW) {
  const view = render(<ChecklistSection store={store} now={now} />);
  // Checkboxes stay disabled until the store has answered.
  await waitFor(() => expect(box('Feet flat on the floor or a footrest').disabled).toBe(false));
  return view;
}

describe('ChecklistSection', () => {
  it('renders every item as a labelled checkbox with its explanation', async () => {
    await renderLoaded(createMemoryChecklistStore());
    expect(screen.getByRole('heading', { level: 2, name: 'Desk set-up checklist' })).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(total);
    for (const box of boxes) expect(box.tagName).toBe('INPUT');
    const lumbar = box('Chair supports the curve of my lower back');
    const description = document.getElementById(lumbar.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toMatch(/lumbar support/);
    // Each item names its public source, as a link that opens only on click.
    const row = lumbar.closest('li') as HTMLElement;
    const link = row.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent).toMatch(/^OSHA Computer Workstations eTool: Chairs/);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(screen.getByText(`0 of ${total} done`)).toBeTruthy();
  });

  it('shows stored ticks and progress after loading', async () => {
    await renderLoaded(
      createMemoryChecklistStore({
        feetFlat: { checked: true, at: NOW - DAY },
        noGlare: { checked: true, at: NOW - 2 * DAY },
        lumbarSupport: { checked: false, at: NOW },
      }),
    );
    expect(box('Feet flat on the floor or a footrest').checked).toBe(true);
    expect(box('No glare on the screen').checked).toBe(true);
    expect(box('Chair supports the curve of my lower back').checked).toBe(false);
    expect(screen.getByText(`2 of ${total} done`)).toBeTruthy();
  });

  it('saves a tick through the store with the injected time and updates progress', async () => {
    const store = createMemoryChecklistStore();
    const set = vi.spyOn(store, 'set');
    await renderLoaded(store);
    fireEvent.click(box('Screen top at or just below eye level'));
    expect(set).toHaveBeenCalledWith('screenTopEyeLevel', true, NOW);
    expect(box('Screen top at or just below eye level').checked).toBe(true);
    expect(screen.getByText(`1 of ${total} done`)).toBeTruthy();

    fireEvent.click(box('Screen top at or just below eye level'));
    expect(set).toHaveBeenLastCalledWith('screenTopEyeLevel', false, NOW);
    expect(screen.getByText(`0 of ${total} done`)).toBeTruthy();
    await waitFor(() => expect(store.snapshot()).toEqual({ screenTopEyeLevel: { checked: false, at: NOW } }));
  });

  it('asks to confirm a tick older than 7 days, and confirming re-stamps it', async () => {
    const store = createMemoryChecklistStore({
      feetFlat: { checked: true, at: NOW - 7 * DAY - 1 },
      noGlare: { checked: true, at: NOW - 7 * DAY },
    });
    const set = vi.spyOn(store, 'set');
    await renderLoaded(store);
    // Exactly 7 days is still fresh: only one prompt.
    const confirm = screen.getByRole('button', { name: 'Confirm: Feet flat on the floor or a footrest' });
    expect(screen.getAllByText('Still true?')).toHaveLength(1);
    expect(screen.getByText('1 to re-check')).toBeTruthy();
    expect(screen.getByText(`2 of ${total} done`)).toBeTruthy();

    fireEvent.click(confirm);
    expect(set).toHaveBeenCalledWith('feetFlat', true, NOW);
    expect(screen.queryByText('Still true?')).toBeNull();
    expect(screen.queryByText('1 to re-check')).toBeNull();
    // Focus lands on the item instead of vanishing with the button.
    expect(document.activeElement).toBe(box('Feet flat on the floor or a footrest'));
  });

  it('rolls a tick back and says so when saving fails', async () => {
    const store: ChecklistStore = { load: async () => ({}), set: () => Promise.reject(new Error('disk full')) };
    await renderLoaded(store);
    fireEvent.click(box('Feet flat on the floor or a footrest'));
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toMatch(/couldn't be saved/);
    expect(box('Feet flat on the floor or a footrest').checked).toBe(false);
  });

  it('still works when loading fails', async () => {
    const store: ChecklistStore = { load: () => Promise.reject(new Error('blocked')), set: async () => undefined };
    render(<ChecklistSection store={store} now={() => NOW} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/couldn't be loaded/);
    const feet = box('Feet flat on the floor or a footrest');
    expect(feet.disabled).toBe(false);
    fireEvent.click(feet);
    expect(feet.checked).toBe(true);
  });
});
