/**
 * A page's one database connection (pages share the extension's IndexedDB origin with the worker).
 * Every module in this folder uses it, so a page opens the database one way, once.
 */
import { sharedConnection } from '../connection.ts';

export const pageDatabase = sharedConnection();
