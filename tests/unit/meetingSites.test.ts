import { describe, expect, test } from 'vitest';
import { isMeetingUrl } from '../../src/core/meetingSites.ts';

describe('meeting sites for the opt-in hold rule', () => {
  test.each([
    'https://meet.google.com/abc-defg-hij',
    'https://us02web.zoom.us/j/123456789',
    'https://zoom.us/wc/123/join',
    'https://teams.microsoft.com/l/meetup-join/19%3a',
    'https://teams.live.com/meet/123',
    'https://acme.webex.com/meet/jane',
    'https://meet.jit.si/OurStandup',
    'https://whereby.com/team-room',
  ])('a call page counts: %s', (url) => expect(isMeetingUrl(url)).toBe(true));

  test.each([
    'https://meet.google.com/',
    'https://zoom.us/pricing',
    'https://example.com/meet.google.com/abc-defg-hij',
    'https://meet.google.com.evil.test/abc-defg-hij',
    'http://meet.jit.si/OurStandup',
    'not a url',
    '',
    undefined,
  ])('anything else does not: %s', (url) => expect(isMeetingUrl(url)).toBe(false));
});
