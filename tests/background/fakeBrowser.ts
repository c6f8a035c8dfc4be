/**
 * @webext-core/fake-browser with the APIs it leaves unmocked (idle, i18n) filled in, and a fresh
 * fake-indexeddb per test. Tests import the background anew for each case (vi.resetModules), so
 * nothing kept in module scope leaks between them, just as nothing survives a stopped worker.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { formatMessage, loadLocale } from '../support/localeMessages.ts';

type IdleListener = (state: string) => void;
const english = loadLocale('en');

export interface IdleFake {
  state: string;
  interval: number | null;
  listeners: IdleListener[];
  emit(state: string): void;
}

export const idleFake: IdleFake = {
  state: 'active',
  interval: null,
  listeners: [],
  emit(state) {
    idleFake.state = state;
    for (const listener of idleFake.listeners) listener(state);
  },
};

/** A port as the background sees it; tests play the page's side. */
export interface FakePort {
  name: string;
  sender: { id?: string; url?: string; tab?: { id?: number } };
  posted: unknown[];
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
  /** The page's side: sends a message to the background on this port. */
  send(message: unknown): void;
}

/** runtime.onConnect: fake-browser leaves it unmocked. */
export const connectFake = {
  listeners: [] as ((port: FakePort) => void)[],
  connect(name: string, sender: FakePort['sender']): FakePort {
    const closed: (() => void)[] = [];
    const received: ((message: unknown) => void)[] = [];
    const port: FakePort = {
      name,
      sender,
      posted: [],
      postMessage: (message) => port.posted.push(message),
      onMessage: { addListener: (listener) => received.push(listener) },
      onDisconnect: { addListener: (listener) => closed.push(listener) },
      disconnect: () => {
        for (const listener of closed) listener();
      },
      send: (message) => {
        for (const listener of received) listener(message);
      },
    };
    for (const listener of connectFake.listeners) listener(port);
    return port;
  },
};

/** Keyboard shortcuts: fake-browser leaves `commands` unmocked. */
export const commandsFake = {
  listeners: [] as ((name: string) => void)[],
  press(name: string) {
    for (const listener of commandsFake.listeners) listener(name);
  },
};

export function resetFakes(): void {
  fakeBrowser.reset();
  idleFake.state = 'active';
  idleFake.interval = null;
  idleFake.listeners = [];
  Object.assign(fakeBrowser.idle, {
    queryState: async () => idleFake.state,
    setDetectionInterval: (seconds: number) => {
      idleFake.interval = seconds;
    },
    onStateChanged: { addListener: (l: IdleListener) => idleFake.listeners.push(l) },
  });
  commandsFake.listeners = [];
  connectFake.listeners = [];
  Object.assign(fakeBrowser.runtime, {
    onConnect: { addListener: (l: (port: FakePort) => void) => connectFake.listeners.push(l) },
  });
  Object.assign(fakeBrowser.commands, {
    onCommand: { addListener: (l: (name: string) => void) => commandsFake.listeners.push(l) },
  });
  // fake-browser leaves notifications.update unmocked; Chrome's changes an existing notification and
  // answers whether there was one to change.
  Object.assign(fakeBrowser.notifications, {
    update: async (id: string) => id in (await fakeBrowser.notifications.getAll()),
  });
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, subs?: string | string[]) => formatMessage(english, key, subs),
  });
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
}

export { fakeBrowser };
