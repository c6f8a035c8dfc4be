/** Opening Limber's own pages: the break page in a tab (or focusing the one already open). */
import browser from './browser.ts';

export const BREAK_PAGE = 'src/ui/break/break.html';
export const REMINDER_PAGE = 'src/ui/reminder/reminder.html';

export async function openOrFocus(path: string, asWindow = false): Promise<void> {
  const url = browser.runtime.getURL(path);
  // tabs.query by URL would need the `tabs` permission; extension pages are visible to us anyway.
  const views = await browser.tabs.query({});
  const open = views.find((tab) => tab.url?.startsWith(url));
  if (open?.id !== undefined) {
    await browser.tabs.update(open.id, { active: true });
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
