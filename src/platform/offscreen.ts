/**
 * Chrome's offscreen documents (the chime, the daily maintenance). An extension may have only one
 * open at a time, so each user checks which one is open before creating its own. Feature-detected:
 * absent in Firefox, whose event page has a DOM and workers of its own.
 */
import browser from './browser.ts';

export interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

export const offscreenApi = (): OffscreenApi | undefined =>
  (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

interface ContextsApi {
  getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]>;
}

/** Whether the open offscreen document is the page at `path`; null when the browser cannot say. */
export async function offscreenDocumentIs(path: string): Promise<boolean | null> {
  const runtime = (globalThis as { chrome?: { runtime?: ContextsApi } }).chrome?.runtime;
  if (typeof runtime?.getContexts !== 'function') return null;
  const found = await runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(path)],
  });
  return found.length > 0;
}
