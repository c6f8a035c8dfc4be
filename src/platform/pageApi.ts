/**
 * The browser API as extension pages use it, without the polyfill: in Manifest V3 both Chrome's
 * `chrome.*` and Firefox's native `browser.*` return promises, and pages only need a few calls.
 * Keeping webextension-polyfill out of pages saves about 3 kB gzipped and a file on the popup's
 * first paint. The background keeps using the polyfill (platform/browser.ts).
 */
/**
 * A runtime.onMessage listener: it answers through `respond`, returning true when that answer comes
 * later (the channel stays open), or returns undefined to leave the message to other listeners.
 */
export type PageMessageListener = (
  message: unknown,
  sender: { id?: string },
  respond: (answer: unknown) => void,
) => true | undefined;

/** The few members of a runtime.Port a page uses. */
export interface PagePort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface PageApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    openOptionsPage(): Promise<void>;
    getURL(path: string): string;
    onMessage: { addListener(listener: PageMessageListener): void };
    /** Both browsers have it; typed optional so a page never breaks where it is missing. */
    getPlatformInfo?(): Promise<{ os: string }>;
    connect(info: { name: string }): PagePort;
  };
  permissions: {
    request(p: { permissions: string[] }): Promise<boolean>;
    contains(p: { permissions: string[] }): Promise<boolean>;
  };
  /** Chrome and Edge have getPermissionLevel; Firefox does not. */
  notifications?: { getPermissionLevel?(): Promise<string> };
  tabs?: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    remove(id: number): Promise<void>;
  };
}

export function pageApi(): PageApi {
  const scope = globalThis as { browser?: PageApi; chrome?: PageApi };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('Limber pages must run inside the extension.');
  return api;
}
