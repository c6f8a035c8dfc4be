/** Opening Limber's own pages: the break page in a tab (or focusing the one already open). */
import browser from './browser.ts';

export const BREAK_PAGE = 'src/ui/break/break.html';
export const REMINDER_PAGE = 'src/ui/reminder/reminder.html';

/** The break page's address for one break: the page shows a break only when its address names it. */
export const breakPagePath = (breakId: number) => `${BREAK_PAGE}?break=${breakId}`;

/**
 * Focuses the page at `path` (a path with its query), or another tab of the same page, moved to
 * `path` (a break page opened by hand, or by Start pressed on it, becomes the running break's page),
 * or opens it.
 */
export async function openOrFocus(path: string, asWindow = false): Promise<void> {
  const url = browser.runtime.getURL(path);
  const page = url.split('?')[0] as string;
  // tabs.query by URL would need the `tabs` permission; extension pages are visible to us anyway.
  const views = await browser.tabs.query({});
  const same = views.find((tab) => tab.url === url);
  const open = same ?? views.find((tab) => tab.url?.split('?')[0] === page);
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, open === same ? { active: true } : { active: true, url });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  if (asWindow) await browser.windows.create({ url, type: 'popup', width: 480, height: 640 });
  else await browser.tabs.create({ url });
}

export async function closePages(path: string): Promise<void> {
  const url = browser.runtime.getURL(path);
  const tabs = await browser.tabs.query({});
  const ids = tabs.filter((tab) => tab.url?.startsWith(url)).map((tab) => tab.id as number);
  if (ids.length > 0) await browser.tabs.remove(ids);
}
