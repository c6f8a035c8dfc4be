/**
 * Video-meeting sites for the opt-in hold condition (rule 9, docs/RULES.md). Only the host and path prefix of a
 * tab's address are compared, on the device; a call's page, not the product's home page, counts.
 */
const MEETING_PAGES: { host: RegExp; path?: RegExp }[] = [
  { host: /^meet\.google\.com$/, path: /^\/[a-z]{3}-[a-z]{4}-[a-z]{3}/ },
  { host: /(^|\.)zoom\.us$/, path: /^\/(wc|j|s)\// },
  { host: /^teams\.microsoft\.com$/ },
  { host: /^teams\.live\.com$/ },
  { host: /(^|\.)webex\.com$/, path: /^\/(meet|wbxmjs|webappng)/ },
  { host: /^meet\.jit\.si$/, path: /^\/./ },
  { host: /^whereby\.com$/, path: /^\/./ },
];

export function isMeetingUrl(address: string | undefined): boolean {
  if (!address) return false;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  return MEETING_PAGES.some((site) => site.host.test(url.hostname) && (!site.path || site.path.test(url.pathname)));
}
