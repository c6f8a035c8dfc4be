/** The Firefox tests' Marionette framing: `<byte length>:<JSON>`, however TCP splits or joins it. */
import { describe, expect, test } from 'vitest';
import { encodeCommand, FrameReader } from '../firefox/marionette.ts';

describe('Marionette frames', () => {
  test('a command is [0, id, name, params], prefixed by its length in UTF-8 bytes', () => {
    const frame = encodeCommand(7, 'WebDriver:ExecuteScript', { script: 'return "ü"' });
    const body = JSON.stringify([0, 7, 'WebDriver:ExecuteScript', { script: 'return "ü"' }]);
    expect(frame.toString('utf8')).toBe(`${Buffer.byteLength(body)}:${body}`);
    expect(Buffer.byteLength(body)).toBe(body.length + 1);
  });

  test('frames split across chunks, and several in one chunk, come out whole and in order', () => {
    const reader = new FrameReader();
    const greeting = '{"applicationType":"gecko","marionetteProtocol":3}';
    const reply = JSON.stringify([1, 1, null, { value: 'Grüße' }]);
    const bytes = Buffer.from(`${greeting.length}:${greeting}${Buffer.byteLength(reply)}:${reply}`, 'utf8');
    const frames: unknown[] = [];
    for (let at = 0; at < bytes.length; at += 5) frames.push(...reader.push(bytes.subarray(at, at + 5)));
    expect(frames).toEqual([JSON.parse(greeting), [1, 1, null, { value: 'Grüße' }]]);
    expect(reader.push(Buffer.alloc(0))).toEqual([]);
  });

  test('a header that is not a length is an error, not a hang', () => {
    expect(() => new FrameReader().push(Buffer.from('abc:{}'))).toThrow(/malformed frame header/);
  });
});
