/**
 * The Chromium e2e journeys, in real Firefox (firefox-esr, headless, fresh profile), driven over
 * Marionette: install and getStatus; the popup's status, tabs and every action; the reminder window
 * (Firefox has no notification buttons) with Start, Snooze and Skip; a notification click right after
 * the window opened; the break page run to its end; the options page refusing bad values. One Firefox
 * serves the whole file (a start costs seconds), and after every test the browser console of every
 * process must hold no error and no warning about Limber.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Status } from '../../src/core/status.ts';
import type { PrefsView } from '../../src/messaging/protocol.ts';
import { type FirefoxSession, freshProfile, launchFirefox, removeProfile } from './harness.ts';

const POPUP = 'src/ui/popup/popup.html';
const REMINDER = 'src/ui/reminder/reminder.html';
const BREAK = 'src/ui/break/break.html';
const OPTIONS = 'src/ui/options/options.html';
const MIN = 60_000;
const SECTIONS = ['checklist', 'stretches', 'relief', 'doctor', 'causes'] as const;

const profile = freshProfile();
let ff: FirefoxSession;
/** The tab every test starts from: the popup page, with rights to message the background. */
let home: string;

beforeAll(async () => {
  ff = await launchFirefox(profile);
  home = await ff.openTab(POPUP);
  await ff.userActive();
  await ff.hook('dispatch', { type: 'idleState', idle: 'active' });
}, 120_000);

afterAll(async () => {
  await ff?.quit();
  removeProfile(profile);
});

afterEach(async () => {
  expect(await ff.settledConsoleProblems()).toEqual([]);
});

async function data<T>(reply: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<T> {
  const answer = await reply;
  if (!answer.ok) throw new Error(answer.error);
  return answer.data;
}

/** Back on the home tab, with every other tab and window closed; the schedule back to working. */
async function backHome(): Promise<void> {
  for (const [handle, url] of await ff.pages()) {
    if (handle === home) continue;
    await ff.switchTo(handle);
    // A break page still running would tell the background as it closes; end the break first, as a
    // user does with End break (or Finish on the last stretch), so nothing is in flight when the tab goes.
    if (
      url.startsWith(ff.url(BREAK)) &&
      (await ff.execute<boolean>(`return !!document.querySelector('.brk button.primary[aria-keyshortcuts]');`))
    ) {
      await ff.clickButton(/^(End break|Finish)$/);
      await ff.until('the break to be logged', `return /logged|saved/i.test((document.body?.textContent ?? ""));`);
    }
    await ff.closeTab();
  }
  await ff.switchTo(home);
  await ff.navigate(ff.url(POPUP));
  const status = await data(ff.ask<Status>('getStatus'));
  if (status.kind === 'onBreak' && status.breakId !== null) {
    await data(ff.ask('finishBreak', { completed: false, breakId: status.breakId }));
  }
  if (status.kind === 'paused') await data(ff.ask<Status>('resume'));
  if (status.canSkip) await data(ff.ask<Status>('skip'));
  await ff.userActive();
  await ff.hook('dispatch', { type: 'idleState', idle: 'active' });
}

/** The popup's status sentence once it matches `pattern`. */
function statusSentence(pattern: RegExp): Promise<string> {
  return ff.until<string>(
    `a status matching ${pattern}`,
    `const text = document.querySelector('.status-card')?.textContent ?? '';
     return new RegExp(arguments[0]).test(text) ? text : null;`,
    [pattern.source],
  );
}

/** Moves Limber's clock on, as a user at the keyboard the whole time. */
async function advance(ms: number): Promise<Status> {
  await ff.userActive();
  return ff.hook<Status>('advance', ms);
}

async function dueNow(): Promise<Status> {
  const status = await advance(31 * MIN);
  expect(status.kind).toBe('due');
  return status;
}

describe('Limber in Firefox', () => {
  test('installs on a fresh profile, the event page answers getStatus', async () => {
    const status = await data(ff.ask<Status>('getStatus'));
    expect(status.kind).toBe('working');
    expect(status.remainingMs).toBeGreaterThan(29 * MIN);
    expect(status.remainingMs).toBeLessThanOrEqual(30 * MIN);
    const state = await ff.chrome<string>('return WebExtensionPolicy.getByID(arguments[0]).extension.backgroundState', [
      'limber@limber-extension.org',
    ]);
    expect(state).toBe('running');
  });

  test('popup: status, every tab, and snooze, skip, pause, resume and start break', async () => {
    await backHome();
    await statusSentence(/Next break in/);
    // Every section's tab shows its content, not a loading line.
    for (const id of SECTIONS) {
      await ff.click(`#tab-${id}`);
      await ff.until(
        `the ${id} panel`,
        `return document.querySelector(arguments[0] + ' h2, ' + arguments[0] + ' li');`,
        [`#panel-${id}`],
      );
    }
    await ff.click('#tab-status');

    await dueNow();
    await ff.navigate(ff.url(POPUP));
    await statusSentence(/Break time/);
    await ff.clickButton('Snooze 10 min');
    await statusSentence(/Snoozed/);
    const snoozed = await data(ff.ask<Status>('getStatus'));
    expect(snoozed.kind).toBe('snoozed');
    expect(snoozed.snoozeUntil).toBeGreaterThan(snoozed.now + 9 * MIN);

    expect((await advance(10 * MIN)).kind).toBe('due');
    await ff.navigate(ff.url(POPUP));
    await statusSentence(/Break time/);
    await ff.clickButton('Skip this break');
    await statusSentence(/Next break in/);
    expect((await data(ff.ask<Status>('getStatus'))).today.skipped).toBe(1);

    await ff.clickButton(/^Pause reminders/);
    await ff.clickButton('30 min');
    await statusSentence(/Paused until/);
    expect((await data(ff.ask<Status>('getStatus'))).kind).toBe('paused');
    await ff.clickButton('Resume now');
    await statusSentence(/Next break in/);

    await ff.clickButton('Start break now');
    await ff.switchToPage(BREAK);
    await ff.switchTo(home);
    expect((await data(ff.ask<Status>('getStatus'))).kind).toBe('onBreak');
  });

  test('a section loaded between its first render and its effect still appears (hover, then click at once)', async () => {
    await backHome();
    for (let attempt = 0; attempt < 9; attempt++) {
      await ff.navigate(ff.url(POPUP));
      await statusSentence(/Next break in/);
      const id = SECTIONS[attempt % SECTIONS.length] as string;
      await ff.hoverThenClick(`#tab-${id}`);
      await ff.until(
        `the ${id} panel after a quick hover and click (attempt ${attempt + 1})`,
        `return document.querySelector(arguments[0] + ' h2, ' + arguments[0] + ' li');`,
        [`#panel-${id}`],
        5_000,
      );
    }
  });

  test('a due break opens the reminder window; its Snooze, Skip and Start work and it closes cleanly', async () => {
    await backHome();
    await dueNow();
    await ff.switchToPage(REMINDER);
    await ff.clickButton('Snooze 5 min');
    await ff.waitClosed(REMINDER);
    await ff.switchTo(home);
    expect((await data(ff.ask<Status>('getStatus'))).kind).toBe('snoozed');

    expect((await advance(5 * MIN)).kind).toBe('due');
    await ff.switchToPage(REMINDER);
    await ff.clickButton('Skip this break');
    await ff.waitClosed(REMINDER);
    await ff.switchTo(home);
    const skipped = await data(ff.ask<Status>('getStatus'));
    expect(skipped.kind).toBe('working');

    await dueNow();
    await ff.switchToPage(REMINDER);
    await ff.clickButton('Start break');
    await ff.waitClosed(REMINDER);
    await ff.switchToPage(BREAK);
    await ff.switchTo(home);
    expect((await data(ff.ask<Status>('getStatus'))).kind).toBe('onBreak');
  });

  test('clicking the notification right after the reminder window opened starts the break cleanly', async () => {
    await backHome();
    await dueNow();
    // Firefox's own alert window (alerts.useSystemBackend off); a click on it is a notification click.
    await ff.clickAlert('Time to stand and stretch');
    await ff.switchToPage(BREAK);
    await ff.waitClosed(REMINDER);
    await ff.switchTo(home);
    expect((await data(ff.ask<Status>('getStatus'))).kind).toBe('onBreak');
  });

  test('a break started from the popup runs to its end and history records it', async () => {
    await backHome();
    const before = (await data(ff.ask<Status>('getStatus'))).today.taken;
    await ff.clickButton('Start break now');
    await ff.switchToPage(BREAK);
    await ff.until(
      'the routine',
      `return [...document.querySelectorAll('button')].some((b) => /^Next/.test(b.textContent));`,
    );
    // The break lasts its two minutes on the background's clock, then the routine is finished: a
    // break taken (a routine clicked through in seconds is a short break, rightly).
    await ff.hook('advance', 2 * MIN);
    // The end screen may come at any moment (the break has ended on the background's clock), so each
    // step waits for whichever comes, the end screen or the next button, and clicks only the button.
    for (let step = 0; step < 12; step++) {
      const next = await ff.until<'done' | 'step'>(
        'the next step or the end screen',
        `if ((document.body?.textContent ?? "").includes('Break done. Well done!')) return 'done';
         return [...document.querySelectorAll('button')].some((b) => /^(Next|Finish)/.test(b.textContent.trim()))
           ? 'step' : null;`,
      );
      if (next === 'done') break;
      await ff.clickButton(/^(Next|Finish)/, 2_000).catch(() => undefined);
    }
    await ff.until('the end screen', `return (document.body?.textContent ?? "").includes('Break done. Well done!');`);
    await ff.until(
      'the break to be logged as taken',
      `return /Logged as a break taken/.test(document.body?.textContent ?? "");`,
    );
    await ff.switchTo(home);
    const after = await data(ff.ask<Status>('getStatus'));
    expect(after.today.taken).toBe(before + 1);
    expect(after.kind).toBe('working');
  });

  test('the options page refuses bad work intervals with a visible message and keeps the stored one', async () => {
    await backHome();
    await ff.navigate(ff.url(OPTIONS));
    const field = '[data-field="workIntervalMin"]';
    await ff.until('the options form', 'return document.querySelector(arguments[0]);', [`${field} input`]);
    for (const bad of ['0', '-5', 'abc', '1e9', '']) {
      await ff.type(`${field} input`, `${bad}\uE004`);
      const message = await ff.until<string>(
        `the error for "${bad}"`,
        `const el = document.querySelector(arguments[0] + ' .opt-error');
         return el && el.offsetParent !== null ? el.textContent : null;`,
        [field],
      );
      expect(message).toMatch(/Enter a number from 5 to 240/);
      expect(
        await ff.execute(`return document.querySelector(arguments[0]).getAttribute('aria-invalid');`, [
          `${field} input`,
        ]),
      ).toBe('true');
      expect((await data(ff.ask<PrefsView>('getPrefs'))).prefs.workIntervalMin).toBe(30);
    }
    await ff.type(`${field} input`, '45\uE004');
    for (let tries = 0; (await data(ff.ask<PrefsView>('getPrefs'))).prefs.workIntervalMin !== 45; tries++) {
      if (tries > 50) throw new Error('45 was never stored');
      await new Promise((done) => setTimeout(done, 100));
    }
    await data(ff.ask('setPrefs', { patch: { workIntervalMin: 30 } }));
  });
});
