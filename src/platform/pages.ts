/** Opening Limber's own pages: the break page in a tab (or focusing the one already open). */
import browser from './browser.ts';

export const BREAK_PAGE = 'src/ui/break/break.html';
export const REMINDER_PAGE = 'src/ui/reminder/reminder.html';
/** The reminder window as a preview: the same window, with buttons that change nothing. */
export const REMINDER_PREVIEW = `${REMINDER_PAGE}?preview`;
/** The reminder window brought back by the escalation: it says why it is there again. */
export const REMINDER_AGAIN = `${REMINDER_PAGE}?again`;
export const WELCOME_PAGE = 'src/ui/welcome/welcome.html';

/** Size of a page opened as its own small window: the reminder fits its picture and three buttons. */
const WINDOW_SIZE: Record<string, { width: number; height: number }> = {
  [REMINDER_PAGE]: { width: 420, height: 600 },
};
const DEFAULT_WINDOW = { width: 480, height: 640 };

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
  if (asWindow) {
    const size = WINDOW_SIZE[path.split('?')[0] ?? path] ?? DEFAULT_WINDOW;
    await browser.windows.create({ url, type: 'popup', ...size });
    return;
  }
  // Opened from the tab the person was on, so closing ours returns there (Chrome and Firefox both
  // activate a closed tab's opener). Tab ids and `active` need no permission; URLs would. Only a tab
  // of a normal window: when the reminder window was the last one focused (its Start button), an
  // opener there made Firefox open no break page at all, and the window then closes itself.
  const [current] = await browser.tabs
    .query({ active: true, lastFocusedWindow: true, windowType: 'normal' })
    .catch(() => []);
  await browser.tabs.create(current?.id !== undefined ? { url, openerTabId: current.id } : { url });
}

export async function closePages(path: string): Promise<void> {
  const url = browser.runtime.getURL(path);
  const tabs = await browser.tabs.query({});
  const ids = tabs.filter((tab) => tab.url?.startsWith(url)).map((tab) => tab.id as number);
  if (ids.length > 0) await browser.tabs.remove(ids);
}
