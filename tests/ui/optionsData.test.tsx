// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportPrefs } from '../../src/core/prefsFile.ts';
import { DEFAULTS, type Prefs } from '../../src/core/settings.ts';
import { request } from '../../src/messaging/client.ts';
import { LAST_ROUTINE_KEY } from '../../src/ui/break/lastRoutine.ts';
import { OptionsApp } from '../../src/ui/options/OptionsApp.tsx';
import { fakeBackground } from './optionsFakeBackground.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
vi.mock('../../src/platform/permissions.ts', () => ({ requestTabsPermission: vi.fn(), hasTabsPermission: vi.fn() }));
const mockRequest = vi.mocked(request);

/** The page's own polite status line (the test-reminder block has another). */
const pageStatus = () => document.querySelector('.opt-status') as HTMLElement;
let bg: ReturnType<typeof fakeBackground>;
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

async function open(initial: Partial<Prefs> = {}, locked: string[] = [], failDelete: Error | null = null) {
  bg = fakeBackground(initial, locked, failDelete);
  mockRequest.mockImplementation(bg.handle as never);
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Your data' });
  await settle();
}

const workInterval = () => document.querySelector('[data-field="workIntervalMin"] input') as HTMLInputElement;

async function pick(text: string, name = 'prefs.json') {
  const input = document.getElementById('opt-import-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  await settle();
}

const importErrors = () => [...screen.getByTestId('import-errors').querySelectorAll('li')].map((li) => li.textContent);
const goodFile = (prefs: Partial<Prefs> = {}) =>
  exportPrefs({ ...structuredClone(DEFAULTS), ...prefs }, Date.UTC(2025, 0, 2));

beforeEach(() => {
  mockRequest.mockReset();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
});

describe('import', () => {
  it('refuses a malformed file with the reason and changes nothing', async () => {
    await open({ workIntervalMin: 40 });
    await pick('{ "format": "limber-prefs", ');
    await waitFor(() => expect(importErrors()).toEqual(['The file is not valid JSON.']));
    expect(screen.getByTestId('import-errors').textContent).toMatch('Nothing was changed');
    expect(bg.sent('setPrefs')).toEqual([]);
    expect(bg.prefs.workIntervalMin).toBe(40);
    expect(workInterval().value).toBe('40');
  });

  it('lists every bad value with its field name', async () => {
    await open();
    const text = goodFile()
      .replace('"workIntervalMin": 30', '"workIntervalMin": 0')
      .replace('"chime": false', '"chime": "yes"');
    await pick(text);
    await waitFor(() =>
      expect(importErrors()).toEqual([
        'Active time between breaks: Enter a number from 5 to 240.',
        'Play a soft chime with the reminder: Must be on or off (true or false).',
      ]),
    );
    expect(bg.sent('setPrefs')).toEqual([]);
  });

  it('names an unsupported version and a foreign format', async () => {
    await open();
    await pick(goodFile().replace('"version": 1', '"version": 2').replace('"limber-prefs"', '"other"'));
    await waitFor(() =>
      expect(importErrors()).toEqual([
        'This is not a Limber preferences file (its format is "other").',
        'File version 2 is not supported. This Limber reads version 1.',
      ]),
    );
  });

  it('refuses a file over 100 kB without applying anything', async () => {
    await open();
    await pick(`${goodFile()}${' '.repeat(100_001)}`);
    await waitFor(() =>
      expect(importErrors()).toEqual(['The file is larger than 100 kB. A Limber preferences file is about 1 kB.']),
    );
    expect(bg.sent('setPrefs')).toEqual([]);
  });

  it('applies a valid file in one request and shows the new values', async () => {
    await open();
    await pick(goodFile({ workIntervalMin: 45, chime: true }));
    await waitFor(() => expect(bg.prefs.workIntervalMin).toBe(45));
    expect(bg.sent('setPrefs')).toHaveLength(1);
    expect(bg.prefs.chime).toBe(true);
    await waitFor(() => expect(workInterval().value).toBe('45'));
    expect(screen.getByText('Preferences imported and applied.', { selector: '.opt-ok' })).toBeTruthy();
  });

  it('keeps fields locked by the organisation', async () => {
    await open({}, ['chime']);
    await pick(goodFile({ workIntervalMin: 45, chime: true }));
    await waitFor(() => expect(bg.prefs.workIntervalMin).toBe(45));
    expect(bg.prefs.chime).toBe(false);
    expect(screen.getByText(/Settings set by your organisation \(1\) were kept/)).toBeTruthy();
  });
});

describe('export', () => {
  it('downloads the current preferences as a Limber file', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:limber';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await open({ workIntervalMin: 50 });
    fireEvent.click(screen.getByRole('button', { name: 'Export preferences' }));
    expect(click).toHaveBeenCalledOnce();
    const file = JSON.parse(await (blobs[0] as Blob).text());
    expect(file).toMatchObject({ format: 'limber-prefs', version: 1, prefs: { workIntervalMin: 50 } });
    create.mockRestore();
    click.mockRestore();
  });
});

describe('delete all data', () => {
  it('asks first; Cancel deletes nothing', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    await settle();
    expect(screen.getByText('Delete all Limber data on this device?')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(bg.sent('deleteAllData')).toEqual([]);
  });

  it('empties the database, forgets the last routine and resets preferences', async () => {
    localStorage.setItem(LAST_ROUTINE_KEY, '["seatedTwist"]');
    await open({ workIntervalMin: 50 });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(bg.sent('deleteAllData')).toHaveLength(1));
    expect(localStorage.getItem(LAST_ROUTINE_KEY)).toBeNull();
    await waitFor(() => expect(workInterval().value).toBe('30'));
    expect(pageStatus().textContent).toMatch('All Limber data on this device was deleted.');
  });

  it('says so when deleting fails, and resets nothing', async () => {
    await open({ workIntervalMin: 50 }, [], new Error('disk error'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Nothing was deleted: disk error'));
    expect(bg.prefs.workIntervalMin).toBe(50);
  });
});

describe('privacy', () => {
  it('says what is stored and that nothing leaves the device', async () => {
    await open();
    const section = screen.getByRole('region', { name: 'Privacy' });
    expect(section.textContent).toMatch('Nothing leaves your device.');
    expect(section.textContent).toMatch('Your break history');
    expect(section.querySelectorAll('li')).toHaveLength(4);
  });
});
