// The e2e tests call chrome.* inside extension pages and the worker (page.evaluate); only the
// few members used there are declared.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  notifications: { getAll(): Promise<Record<string, boolean>> };
  action: { getBadgeText(details: object): Promise<string> };
};
