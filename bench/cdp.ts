/**
 * A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe` (fd 3 in, fd 4 out,
 * messages separated by NUL). The bench drives Chromium itself rather than through Playwright:
 * Playwright auto-attaches to every service worker and pauses it on start until it resumes it,
 * which would add a debugger round trip to exactly the cold start being measured.
 */
import type { Readable, Writable } from 'node:stream';

type Params = Record<string, unknown>;
type Handler = (params: Params, sessionId: string | undefined) => void;

interface Pending {
  resolve(result: Params): void;
  reject(error: Error): void;
  method: string;
}

export class Cdp {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, Set<Handler>>();
  private buffer = '';
  private closed = false;

  constructor(
    private readonly out: Writable,
    input: Readable,
  ) {
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    input.on('close', () => {
      this.closed = true;
      for (const p of this.pending.values()) p.reject(new Error(`CDP pipe closed during ${p.method}`));
      this.pending.clear();
    });
  }

  send<T = Params>(method: string, params: Params = {}, sessionId?: string): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`CDP pipe closed before ${method}`));
    const id = this.nextId++;
    const message = sessionId === undefined ? { id, method, params } : { id, method, params, sessionId };
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: Params) => void, reject, method });
      this.out.write(`${JSON.stringify(message)}\0`);
    });
  }

  on(method: string, handler: Handler): () => void {
    let set = this.handlers.get(method);
    if (!set) {
      set = new Set();
      this.handlers.set(method, set);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  /** Resolves with the first `method` event that `match` accepts (registered before the trigger). */
  waitFor(method: string, match: (params: Params, sessionId?: string) => boolean, timeoutMs = 15_000): Promise<Params> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`Timed out waiting for ${method}`));
      }, timeoutMs);
      const off = this.on(method, (params, sessionId) => {
        if (!match(params, sessionId)) return;
        clearTimeout(timer);
        off();
        resolve(params);
      });
    });
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\0');
    while (end >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      if (text.length > 0) this.dispatch(JSON.parse(text) as Params);
      end = this.buffer.indexOf('\0');
    }
  }

  private dispatch(message: Params): void {
    if (typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      const error = message.error as { message?: string } | undefined;
      if (error) pending.reject(new Error(`${pending.method}: ${error.message ?? 'CDP error'}`));
      else pending.resolve((message.result ?? {}) as Params);
      return;
    }
    const method = message.method as string;
    const sessionId = message.sessionId as string | undefined;
    for (const handler of this.handlers.get(method) ?? []) handler((message.params ?? {}) as Params, sessionId);
  }
}
