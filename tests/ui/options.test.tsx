// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, PREF_KEYS, type Prefs } from '../../src/core/settings.ts';
import { request } from '../../src/messaging/client.ts';
import { requestTabsPermission } from '../../src/platform/permissions.ts';
import { OptionsApp } from '../../src/ui/options/OptionsApp.tsx';
import { fakeBackground } from './optionsFakeBackground.ts';

vi.mock('../../src/messaging/client.ts', () => ({ request: vi.fn() }));
vi.mock('../../src/platform/permissions.ts', () => ({ requestTabsPermission: vi.fn(), hasTabsPermission: vi.fn() }));
const mockRequest = vi.mocked(request);

/** The page's own polite status line (the test-reminder block has another). */
const pageStatus = () => document.querySelector('.opt-status') as HTMLElement;
let bg: ReturnType<typeof fakeBackground>;

async function open(initial: Partial<Prefs> = {}, locked: string[] = []) {
  bg = fakeBackground(initial, locked);
  mockRequest.mockImplementation(bg.handle as never);
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Breaks' });
  await settle();
}

const field = (key: string) => document.querySelector(`[data-field="${key}"]`) as HTMLElement;
const input = (key: string) => field(key).querySelector('input') as HTMLInputElement;
const errorOf = (key: string) => field(key).querySelector('.opt-error') as HTMLElement;

/** Lets Preact's scheduled renders and the fake background's promises settle. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/**
 * The background stores each save at once but its answer waits (as for a waking worker) until the
 * test calls the save's entry in the returned list.
 */
function holdSaveAnswers(): Array<() => void> {
  const answers: Array<() => void> = [];
  mockRequest.mockImplementation((async (type: string, payload: Record<string, unknown>) => {
    const reply = await bg.handle(type, payload);
    if (type === 'setPrefs') await new Promise<void>((resolve) => answers.push(resolve));
    return reply;
  }) as never);
  return answers;
}

async function type(key: string, value: string) {
  const el = input(key);
  fireEvent.input(el, { target: { value } });
  fireEvent.change(el);
  await settle();
}

beforeEach(() => {
  mockRequest.mockReset();
});
afterEach(() => {
  cleanup();
});

describe('options page fields', () => {
  it('shows every preference', async () => {
    await open();
    for (const key of PREF_KEYS.filter((k) => k !== 'workingHours')) expect(field(key), key).toBeTruthy();
    expect(document.querySelectorAll('fieldset.opt-day')).toHaveLength(7);
  });

  it.each([
    ['0', 'Enter a number from 5 to 240.'],
    ['-5', 'Enter a number from 5 to 240.'],
    ['abc', 'Enter a number from 5 to 240.'],
    ['1e9', 'Enter a number from 5 to 240.'],
    ['', 'Enter a number from 5 to 240.'],
    ['2.5', 'Enter a whole number from 5 to 240, without decimals.'],
    ['0x10', 'Enter a number from 5 to 240.'],
  ])('refuses work interval %j with a message beside it and keeps the stored value', async (value, message) => {
    await open();
    await type('workIntervalMin', value);
    const el = input('workIntervalMin');
    expect(errorOf('workIntervalMin').hidden).toBe(false);
    expect(errorOf('workIntervalMin').textContent).toBe(message);
    expect(el.getAttribute('aria-invalid')).toBe('true');
    expect(el.getAttribute('aria-describedby')).toContain(errorOf('workIntervalMin').id);
    expect(el.value).toBe(value);
    expect(bg.sent('setPrefs')).toEqual([]);
    expect(bg.prefs.workIntervalMin).toBe(30);
  });

  it('saves a valid value with just that field and clears the message', async () => {
    await open();
    await type('workIntervalMin', 'abc');
    await type('workIntervalMin', ' 45 ');
    await waitFor(() => expect(bg.prefs.workIntervalMin).toBe(45));
    expect(bg.sent('setPrefs')).toEqual([{ patch: { workIntervalMin: 45 } }]);
    expect(errorOf('workIntervalMin').hidden).toBe(true);
    expect(input('workIntervalMin').hasAttribute('aria-invalid')).toBe(false);
    await waitFor(() => expect(pageStatus().textContent).toBe('Saved.'));
  });

  it('sends a value once when Enter is followed by change', async () => {
    await open();
    const el = input('breakLengthMin');
    fireEvent.input(el, { target: { value: '3' } });
    fireEvent.keyDown(el, { key: 'Enter' });
    fireEvent.change(el);
    await waitFor(() => expect(bg.prefs.breakLengthMin).toBe(3));
    expect(bg.sent('setPrefs')).toHaveLength(1);
  });

  it('keeps what was typed while a save was still on its way, with its message', async () => {
    await open();
    const answers = holdSaveAnswers();
    await type('workIntervalMin', '45');
    await waitFor(() => expect(bg.prefs.workIntervalMin).toBe(45));
    fireEvent.input(input('workIntervalMin'), { target: { value: '241' } });
    await settle();
    answers[0]?.();
    await settle();
    expect(input('workIntervalMin').value).toBe('241');
    expect(errorOf('workIntervalMin').textContent).toBe('Enter a number from 5 to 240.');
    expect(field('workIntervalMin').querySelector('.opt-kept')?.textContent).toContain(
      'Not saved. Limber keeps using 45 minutes.',
    );
    expect(bg.sent('setPrefs')).toEqual([{ patch: { workIntervalMin: 45 } }]);
  });

  it('shows the last of two values saved in a row, whichever answer comes first', async () => {
    await open();
    const answers = holdSaveAnswers();
    await type('workIntervalMin', '50');
    await type('workIntervalMin', '60');
    await waitFor(() => expect(answers).toHaveLength(2));
    answers[0]?.();
    await settle();
    expect(input('workIntervalMin').value).toBe('60');
    answers[1]?.();
    await settle();
    expect(input('workIntervalMin').value).toBe('60');
    expect(errorOf('workIntervalMin').hidden).toBe(true);
    expect(bg.prefs.workIntervalMin).toBe(60);
  });

  it('checks rules between fields before sending', async () => {
    await open();
    await type('breakLengthMin', '10');
    expect(errorOf('breakLengthMin').textContent).toBe(
      'The natural break must be at least as long as the break length.',
    );
    expect(bg.sent('setPrefs')).toEqual([]);
  });

  it('shows the background’s refusal beside the field', async () => {
    await open();
    mockRequest.mockImplementation((async (type: string, payload: Record<string, unknown>) =>
      type === 'setPrefs'
        ? { saved: false, errors: [{ field: 'snoozeLimit', code: 'range', subs: ['0', '10'], message: 'x' }] }
        : bg.handle(type, payload)) as never);
    await type('snoozeLimit', '4');
    await waitFor(() => expect(errorOf('snoozeLimit').textContent).toBe('Enter a number from 0 to 10.'));
  });

  it('says when the background cannot be reached', async () => {
    await open();
    mockRequest.mockRejectedValue(new Error('Limber’s background did not answer.'));
    await type('maxHoldMin', '20');
    await waitFor(() =>
      expect(errorOf('maxHoldMin').textContent).toBe('Not saved: Limber’s background did not answer.'),
    );
  });

  it('saves switches and the reminder style at once', async () => {
    await open();
    fireEvent.click(input('chime'));
    await waitFor(() => expect(bg.prefs.chime).toBe(true));
    fireEvent.click(screen.getByLabelText(/The reminder window/));
    await waitFor(() => expect(bg.prefs.reminderStyle).toBe('window'));
    expect(bg.sent('setPrefs')).toEqual([{ patch: { chime: true } }, { patch: { reminderStyle: 'window' } }]);
  });

  it('disables locked fields with a note', async () => {
    await open({}, ['workIntervalMin', 'chime']);
    expect(input('workIntervalMin').disabled).toBe(true);
    expect(input('chime').disabled).toBe(true);
    expect(input('breakLengthMin').disabled).toBe(false);
    expect(screen.getAllByText('Set by your organisation')).toHaveLength(2);
  });

  it('shows the meeting hold rule off by default, saying it will ask for permission', async () => {
    await open();
    expect(input('holdWhenMeeting').checked).toBe(false);
    expect(field('holdWhenMeeting').textContent).toMatch(/asks for permission to see your tabs' addresses/);
    expect(input('holdWhenFullscreen').checked).toBe(true);
    expect(input('holdWhenAudible').checked).toBe(false);
  });
});

describe('working hours', () => {
  const row = (day: number) => document.querySelector(`[data-day="${day}"]`) as HTMLElement;
  const times = (day: number) => row(day).querySelectorAll('input[type="time"]') as NodeListOf<HTMLInputElement>;

  it('lists seven weekdays, Monday first, with times from the stored minutes', async () => {
    await open();
    const names = [...document.querySelectorAll('fieldset.opt-day label[id]')].map((l) => l.textContent);
    expect(names).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(times(1)[0]?.value).toBe('09:00');
    expect(times(1)[1]?.value).toBe('17:30');
  });

  it('refuses a start after the end beside the row, and saves a valid change', async () => {
    await open();
    const [start, end] = times(1) as unknown as [HTMLInputElement, HTMLInputElement];
    fireEvent.change(start, { target: { value: '18:00' } });
    await waitFor(() => expect(row(1).textContent).toMatch('The start time must be before the end time.'));
    expect(bg.sent('setPrefs')).toEqual([]);
    fireEvent.change(start, { target: { value: '08:15' } });
    fireEvent.change(end, { target: { value: '16:00' } });
    await waitFor(() => expect(bg.prefs.workingHours[1]).toEqual({ on: true, start: 495, end: 960 }));
    expect(bg.prefs.workingHours[2]).toEqual(DEFAULTS.workingHours[2]);
  });

  it('keeps a time changed while the row’s save was still on its way, with its message', async () => {
    await open();
    const answers = holdSaveAnswers();
    const [start] = times(1) as unknown as [HTMLInputElement];
    fireEvent.change(start, { target: { value: '08:00' } });
    await waitFor(() => expect(bg.prefs.workingHours[1]?.start).toBe(480));
    fireEvent.input(start, { target: { value: '18:00' } });
    fireEvent.change(start);
    await settle();
    answers[0]?.();
    await settle();
    expect(start.value).toBe('18:00');
    expect(row(1).textContent).toMatch('The start time must be before the end time.');
    expect(bg.sent('setPrefs')).toHaveLength(1);
  });

  it('turns a day on and the whole feature on', async () => {
    await open();
    fireEvent.click(row(0).querySelector('input[type="checkbox"]') as HTMLInputElement);
    await waitFor(() => expect(bg.prefs.workingHours[0]?.on).toBe(true));
    fireEvent.click(input('workingHoursEnabled'));
    await waitFor(() => expect(bg.prefs.workingHoursEnabled).toBe(true));
  });

  it('asks for both times when one is cleared', async () => {
    await open();
    fireEvent.change(times(2)[0] as HTMLInputElement, { target: { value: '' } });
    await waitFor(() => expect(row(2).textContent).toMatch('Enter both a start and an end time.'));
    expect(bg.sent('setPrefs')).toEqual([]);
  });
});

describe('reset to defaults', () => {
  it('asks first, then resets and shows the defaults', async () => {
    await open({ workIntervalMin: 50 });
    expect(input('workIntervalMin').value).toBe('50');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(bg.sent('resetPrefs')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Reset preferences' }));
    await waitFor(() => expect(input('workIntervalMin').value).toBe('30'));
    expect(bg.sent('resetPrefs')).toHaveLength(1);
    expect(pageStatus().textContent).toBe('Preferences reset to their defaults.');
  });

  it('cancels with Escape and returns focus to the button', async () => {
    await open();
    const opener = screen.getByRole('button', { name: 'Reset to defaults…' });
    fireEvent.click(opener);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('button', { name: 'Reset preferences' })).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('loading', () => {
  it('says when preferences cannot be loaded', async () => {
    mockRequest.mockRejectedValue(new Error('nope'));
    render(<OptionsApp />);
    expect((await screen.findByRole('alert')).textContent).toBe('Your preferences could not be loaded: nope');
  });
});

describe('accessibility', () => {
  it('has no axe violations with a field error, a row error and an open confirmation', async () => {
    await open({}, ['chime']);
    await type('workIntervalMin', 'abc');
    const monday = document.querySelector('[data-day="1"] input[type="time"]') as HTMLInputElement;
    fireEvent.change(monday, { target: { value: '23:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data…' }));
    await settle();
    const result = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
      resultTypes: ['violations'],
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});

describe('meeting-site hold asks for the tabs permission when switched on', () => {
  it('declined: the switch stays off with the reason, nothing is saved', async () => {
    vi.mocked(requestTabsPermission).mockResolvedValue(false);
    await open();
    const box = input('holdWhenMeeting');
    expect(box.disabled).toBe(false);
    box.checked = true;
    fireEvent.change(box);
    await settle();
    expect(requestTabsPermission).toHaveBeenCalledTimes(1);
    expect(box.checked).toBe(false);
    expect(errorOf('holdWhenMeeting').textContent).toContain('cannot tell when a meeting is open');
    expect(bg.sent('setPrefs')).toEqual([]);
  });

  it('granted: the rule is saved on', async () => {
    vi.mocked(requestTabsPermission).mockReset().mockResolvedValue(true);
    await open();
    const box = input('holdWhenMeeting');
    box.checked = true;
    fireEvent.change(box);
    await waitFor(() => expect(bg.prefs.holdWhenMeeting).toBe(true));
    expect(bg.sent('setPrefs')).toEqual([{ patch: { holdWhenMeeting: true } }]);
  });
});
