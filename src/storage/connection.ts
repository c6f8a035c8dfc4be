/**
 * One shared database connection per context (the worker, a page). Only a cache: a failed open, or
 * a connection the browser closed (an upgrade in another page, a crash), is forgotten so the next
 * call opens a fresh one.
 */
import { openLimberDb } from './open.ts';
import type { LimberDb } from './schema.ts';

export function sharedConnection(factory: () => IDBFactory = () => globalThis.indexedDB): () => Promise<LimberDb> {
  let opening: Promise<LimberDb> | null = null;
  return () => {
    if (opening) return opening;
    const attempt = openLimberDb(factory(), {
      onClosed: () => {
        if (opening === attempt) opening = null;
      },
    });
    opening = attempt;
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
    return attempt;
  };
}
