/**
 * Just enough of Marionette (Firefox's own remote protocol, no driver binary) to open a page in
 * headless firefox-esr and photograph it: the illustration gallery is checked in both engines.
 * Wire format: `LENGTH:[0, id, command, params]`, answered by `LENGTH:[1, id, error, result]`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Firefox {
  command<T = unknown>(name: string, params?: object): Promise<T>;
  close(): Promise<void>;
}

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

async function until<T>(probe: () => T | undefined, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('Firefox did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts Firefox with the given preferences (e.g. a dark colour scheme) and opens a session. */
export async function launchFirefox(prefs: Record<string, string | number | boolean>): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'limber-ff-'));
  const lines = Object.entries({ 'marionette.port': 0, ...prefs }).map(
    ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
  );
  writeFileSync(join(profile, 'user.js'), `${lines.join('\n')}\n`);
  const child: ChildProcess = spawn(FIREFOX, ['--headless', '--marionette', '--no-remote', '-profile', profile], {
    stdio: 'ignore',
  });
  const portFile = join(profile, 'MarionetteActivePort');
  const port = await until(
    () => (existsSync(portFile) ? Number(readFileSync(portFile, 'utf8')) || undefined : undefined),
    30_000,
  );
  const socket: Socket = await new Promise((done, fail) => {
    const s = connect(port, '127.0.0.1', () => done(s));
    s.on('error', fail);
  });
  let buffer = '';
  const waiting = new Map<number, (reply: [number, number, unknown, unknown]) => void>();
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    for (;;) {
      const colon = buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(buffer.slice(0, colon));
      // Lengths count bytes; our replies are ASCII-safe JSON except screenshots (base64), so chars = bytes.
      if (buffer.length < colon + 1 + length) return;
      const message = JSON.parse(buffer.slice(colon + 1, colon + 1 + length));
      buffer = buffer.slice(colon + 1 + length);
      if (Array.isArray(message)) waiting.get(message[1])?.(message as [number, number, unknown, unknown]);
    }
  });
  let next = 1;
  const command = <T>(name: string, params: object = {}): Promise<T> =>
    new Promise((done, fail) => {
      const id = next++;
      waiting.set(id, ([, , error, result]) => {
        waiting.delete(id);
        if (error) fail(new Error(`${name}: ${JSON.stringify(error)}`));
        else done(result as T);
      });
      const body = JSON.stringify([0, id, name, params]);
      socket.write(`${Buffer.byteLength(body)}:${body}`);
    });
  await command('WebDriver:NewSession', { capabilities: {} });
  return {
    command,
    async close() {
      await command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      socket.destroy();
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
