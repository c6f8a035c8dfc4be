// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { request } from '../../src/messaging/client.ts';
import { openLimberDb } from '../../src/storage/open.ts';
import { loadChecklist } from '../../src/storage/stores/checklist.ts';
import { App } from '../../src/ui/popup/App.tsx';
import { statusOf } from './popupFixtures.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
vi.mock('../../src/platform/options.ts', () => ({ openOptions: vi.fn(() => Promise.resolve()) }));

beforeEach(() => {
  vi.mocked(request).mockResolvedValue(statusOf('working'));
});
afterEach(cleanup);

const tabs = () => screen.getAllByRole('tab') as HTMLButtonElement[];
const tab = (name: string) => screen.getByRole('tab', { name }) as HTMLButtonElement;
const selectedName = () => tabs().find((t) => t.getAttribute('aria-selected') === 'true')?.textContent;
const key = (k: string) => fireEvent.keyDown(document.activeElement as Element, { key: k });

describe('popup tabs', () => {
  it('shows every section as a tab in the first view, Status selected, one tab stop', () => {
    render(<App />);
    expect(screen.getByRole('tablist', { name: 'Limber sections' })).toBeTruthy();
    expect(tabs().map((t) => t.textContent)).toEqual(['Status', 'Checklist', 'Stretches', 'Relief', 'Doctor', 'Why']);
    expect(selectedName()).toBe('Status');
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    expect(tab('Doctor').title).toBe('When to see a doctor');
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('Status').id);
    expect(tab('Status').getAttribute('aria-controls')).toBe(panel.id);
  });

  it('ArrowRight / ArrowLeft / Home / End move focus and selection, wrapping around', () => {
    render(<App />);
    tab('Status').focus();
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('Checklist'));
    expect(selectedName()).toBe('Checklist');
    expect(tab('Checklist').tabIndex).toBe(0);
    expect(tab('Status').tabIndex).toBe(-1);
    key('End');
    expect(document.activeElement).toBe(tab('Why'));
    expect(selectedName()).toBe('Why');
    key('ArrowRight');
    expect(document.activeElement).toBe(tab('Status'));
    key('ArrowLeft');
    expect(document.activeElement).toBe(tab('Why'));
    key('Home');
    expect(document.activeElement).toBe(tab('Status'));
    expect(selectedName()).toBe('Status');
  });

  it('the warning signs are one click away and load on demand', async () => {
    // Transform the section's modules first (vitest does it on first import, which on a busy machine
    // can outlast findByRole's one-second wait); the App still loads the section only on the click.
    await import('../../src/ui/sections/DoctorSection.tsx');
    render(<App />);
    expect(screen.queryByRole('heading', { name: 'When to see a doctor' })).toBeNull();
    fireEvent.click(tab('Doctor'));
    expect(await screen.findByRole('heading', { name: 'When to see a doctor' })).toBeTruthy();
    // The status panel is kept (hidden), so going back does not refetch or flash.
    const statusPanel = document.getElementById(tab('Status').getAttribute('aria-controls') ?? '');
    expect(statusPanel?.hidden).toBe(true);
    fireEvent.click(tab('Status'));
    expect(statusPanel?.hidden).toBe(false);
  });

  it('"During a spasm" opens the matching stretch, step by step, in the Stretches tab', async () => {
    // Both tabs load their code on first use; their first import is transformed on demand, which on
    // a busy machine can outlast findByRole's one-second wait (seen once in a full-suite run).
    await Promise.all([
      import('../../src/ui/sections/ReliefSection.tsx'),
      import('../../src/ui/sections/StretchesSection.tsx'),
      import('../../src/ui/illustrations/registry.ts'),
    ]);
    render(<App />);
    fireEvent.click(tab('Relief'));
    fireEvent.click(await screen.findByRole('button', { name: 'Show the steps: Lying knee rolls' }));
    expect(selectedName()).toBe('Stretches');
    const heading = await screen.findByRole('heading', { level: 3, name: 'Lying knee rolls' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByRole('list', { name: 'How to do it' })).toBeTruthy();

    // Back to Relief, then to the strengthening moves: the list opens at that group.
    fireEvent.click(tab('Relief'));
    fireEvent.click(screen.getByRole('button', { name: 'See the strengthening moves' }));
    expect(selectedName()).toBe('Stretches');
    const group = await screen.findByRole('heading', { level: 3, name: 'Between spasms: strengthen your core' });
    await waitFor(() => expect(document.activeElement).toBe(group));
  });

  it('the checklist ticks into the shared IndexedDB', async () => {
    render(<App />);
    fireEvent.click(tab('Checklist'));
    const box = (await screen.findByLabelText('Feet flat on the floor or a footrest')) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    fireEvent.click(box);
    const db = await openLimberDb();
    await waitFor(async () => expect((await loadChecklist(db)).feetFlat?.checked).toBe(true));
    db.close();
  });
});
