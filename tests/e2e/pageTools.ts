/** Helpers shared by the page-level e2e tests: axe-core, screenshots, network watch, worker hooks. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import type { Status } from '../../src/core/status.ts';
import { currentWorker, type Session } from './harness.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (evaluate bypasses the extension's CSP) and returns serious/critical hits. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected at run time.
    const result = await (globalThis as any).axe.run(document, { resultTypes: ['violations'] });
    return result.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const SCREENSHOTS = 'docs/screenshots';

export async function screenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage });
}

/** Collects every request that is not to the extension itself. */
export function watchNetwork(session: Session): string[] {
  const outside: string[] = [];
  session.context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`chrome-extension://${session.extensionId}/`) && !url.startsWith('data:')) outside.push(url);
  });
  return outside;
}

/** Runs a __limberTest hook inside the current worker. */
export async function hook(s: Session, name: 'advance' | 'dispatch' | 'recovered', arg?: unknown): Promise<Status> {
  const worker = await currentWorker(s);
  return worker.evaluate(
    ([name, arg]) =>
      // biome-ignore lint/suspicious/noExplicitAny: the hook object is defined by the extension.
      (globalThis as any).__limberTest[name](arg) as Promise<Status>,
    [name, arg] as const,
  );
}

export async function badgeText(s: Session): Promise<string> {
  const worker = await currentWorker(s);
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

export async function wakeAlarmAt(s: Session): Promise<number | null> {
  const worker = await currentWorker(s);
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  return alarms.find((a) => a.name === 'limber-wake')?.scheduledTime ?? null;
}

/**
 * Clicks a control that closes its own window and waits until the window is gone. The window can
 * close before Chrome acknowledges the click's input events, and Playwright then fails the click
 * with "Target page ... has been closed": that error counts only while the page is still open.
 */
export async function clickClosingItsWindow(page: Page, control: Locator): Promise<void> {
  const closed = page.waitForEvent('close');
  await control.click({ noWaitAfter: true }).catch((error: unknown) => {
    if (!page.isClosed()) throw error;
  });
  await closed;
}
