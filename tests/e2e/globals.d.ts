// The e2e tests call chrome.* inside extension pages and the worker (page.evaluate); only the
// few members used there are declared.
declare const chrome: {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    getContexts(filter: { contextTypes: string[] }): Promise<unknown[]>;
  };
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>>; getPermissionLevel(): Promise<string> };
  action: { getBadgeText(details: object): Promise<string> };
};
