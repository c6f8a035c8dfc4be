/**
 * First run: the welcome page opens once, when Limber is installed; never on an update or a browser
 * start. Once per profile, remembered in `meta`, because Chromium reports "install" again at every
 * launch for an extension loaded from the command line (developer mode, `npm start`, the e2e tests);
 * a real reinstall starts with an empty database and so is welcomed again.
 */
import { openOrFocus, WELCOME_PAGE } from '../platform/pages.ts';
import { readNumber, writeMeta } from '../storage/stores/meta.ts';
import { now } from './clock.ts';
import { database } from './database.ts';

export async function welcomeOnInstall(reason: string): Promise<void> {
  if (reason !== 'install') return;
  const db = await database();
  if ((await readNumber(db, 'welcomedAt')) !== null) return;
  await writeMeta(db, 'welcomedAt', now());
  await openOrFocus(WELCOME_PAGE);
}
