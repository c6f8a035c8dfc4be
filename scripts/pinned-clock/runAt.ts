/**
 * Runs a command with the wall clock pinned to a local time: the command and every process it starts
 * (Vitest's workers, Chromium and its renderers and service worker) see that date, and time runs on
 * at its normal pace from there. The mechanism is shift-clock.c, an LD_PRELOAD library built here
 * with the system's C compiler on first use (Linux only). CONTRIBUTING.md, "Pinning time", says why
 * this and not libfaketime.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clockShiftSeconds, parseLocalTime } from './localTime.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(HERE, 'shift-clock.c');
const LIBRARY = resolve(HERE, '../../node_modules/.cache/limber/shift-clock.so');

/** Builds the preload library when it is missing or older than its source. */
export function shiftClockLibrary(): string {
  const stale = !existsSync(LIBRARY) || statSync(LIBRARY).mtimeMs < statSync(SOURCE).mtimeMs;
  if (stale) {
    mkdirSync(dirname(LIBRARY), { recursive: true });
    execFileSync(process.env.CC ?? 'cc', ['-O2', '-shared', '-fPIC', '-o', LIBRARY, SOURCE, '-ldl'], {
      stdio: 'inherit',
    });
  }
  return LIBRARY;
}

/** The environment that pins the clock to `at` (epoch ms), for a process started now. */
export function pinnedEnv(at: number, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const library = shiftClockLibrary();
  return {
    ...base,
    LD_PRELOAD: base.LD_PRELOAD ? `${library}:${base.LD_PRELOAD}` : library,
    LIMBER_CLOCK_SHIFT_S: String(clockShiftSeconds(at, Date.now())),
    LIMBER_PINNED_AT: new Date(at).toISOString(),
  };
}

/** Fails unless a child process really reads the pinned time (say, LD_PRELOAD being ignored). */
function checkPinned(env: NodeJS.ProcessEnv, at: number): void {
  const seen = Number(
    spawnSync(process.execPath, ['-e', 'process.stdout.write(String(Date.now()))'], { env, encoding: 'utf8' }).stdout,
  );
  if (!(Math.abs(seen - at) < 60_000)) {
    throw new Error(`The clock did not move: a child process reads ${new Date(seen).toISOString()}.`);
  }
}

/**
 * Runs `command` with the clock pinned to the local time `when`; resolves to its exit code. With
 * `buffered`, its output is held and printed in one piece when it exits, so two runs side by side
 * do not interleave their lines.
 */
export async function runAt(
  when: string,
  command: string,
  args: readonly string[],
  { buffered = false }: { buffered?: boolean } = {},
): Promise<number> {
  const parsed = parseLocalTime(when);
  if (!parsed.ok) throw new Error(parsed.error);
  const env = pinnedEnv(parsed.at);
  checkPinned(env, parsed.at);
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  console.warn(`== clock pinned to ${when} ${zone} (${env.LIMBER_PINNED_AT}): ${[command, ...args].join(' ')}`);
  const child = spawn(command, args, { env, stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  const output: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, forward);
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      if (buffered) process.stdout.write(Buffer.concat(output));
      done(code ?? (signal ? 1 : 0));
    }),
  );
}
