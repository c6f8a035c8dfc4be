/**
 * A minimal client for Marionette, Firefox's own remote protocol (docs/FIREFOX.md, "How the Firefox
 * tests drive Firefox"). The wire format is JSON over TCP, each message prefixed by its length in
 * bytes and a colon: `LEN:[0, id, command, params]` out, `LEN:[1, id, error, result]` back. The
 * server greets first with `LEN:{"applicationType":"gecko","marionetteProtocol":3}`.
 */
import { connect, type Socket } from 'node:net';

/** An error Marionette answered with (`javascript error`, `no such element`, …). */
export class MarionetteError extends Error {
  constructor(
    readonly command: string,
    readonly kind: string,
    message: string,
    readonly remoteStack = '',
  ) {
    super(`${command}: ${kind}: ${message}`);
  }
}

interface Pending {
  command: string;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

/** Splits the byte stream into complete `LEN:JSON` frames. */
export class FrameReader {
  private buffer = Buffer.alloc(0);

  push(chunk: Buffer): unknown[] {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    const frames: unknown[] = [];
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return frames;
      const length = Number(this.buffer.subarray(0, colon).toString('ascii'));
      if (!Number.isInteger(length) || length < 0) throw new Error('Marionette sent a malformed frame header.');
      if (this.buffer.length < colon + 1 + length) return frames;
      frames.push(JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')));
      this.buffer = this.buffer.subarray(colon + 1 + length);
    }
  }
}

/** Encodes one command frame; the length counts UTF-8 bytes, not characters. */
export function encodeCommand(id: number, command: string, params: object): Buffer {
  const body = Buffer.from(JSON.stringify([0, id, command, params]), 'utf8');
  return Buffer.concat([Buffer.from(`${body.length}:`, 'ascii'), body]);
}

export class Marionette {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closedWith: Error | null = null;

  private constructor(private readonly socket: Socket) {}

  /** Connects and waits for the server's greeting. */
  static connect(port: number, host = '127.0.0.1'): Promise<Marionette> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, host);
      const client = new Marionette(socket);
      const reader = new FrameReader();
      let greeted = false;
      socket.on('data', (chunk: Buffer) => {
        for (const frame of reader.push(chunk)) {
          if (!greeted) {
            greeted = true;
            resolve(client);
          } else client.receive(frame);
        }
      });
      socket.on('error', (error) => {
        if (!greeted) reject(error);
        client.fail(error);
      });
      socket.on('close', () => client.fail(new Error('Marionette connection closed.')));
    });
  }

  /** Sends one command; resolves to its result or rejects with a MarionetteError. */
  send<T = unknown>(command: string, params: object = {}): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { command, resolve: resolve as (r: unknown) => void, reject });
      this.socket.write(encodeCommand(id, command, params));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private receive(frame: unknown): void {
    if (!Array.isArray(frame) || frame[0] !== 1) return;
    const [, id, error, result] = frame as [
      1,
      number,
      { error: string; message: string; stacktrace?: string },
      unknown,
    ];
    const waiting = this.pending.get(id);
    if (!waiting) return;
    this.pending.delete(id);
    if (error) waiting.reject(new MarionetteError(waiting.command, error.error, error.message, error.stacktrace));
    else waiting.resolve(result);
  }

  private fail(error: Error): void {
    this.closedWith ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
