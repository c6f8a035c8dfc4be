/**
 * One shared connection per worker life. It is only a cache: a stopped worker simply opens it again.
 * A failed open or a closed connection is not kept, so the next event opens a fresh one.
 */
import { type LimberDb, openLimberDb } from '../storage/schema.ts';

let connection: Promise<LimberDb> | null = null;

export function database(): Promise<LimberDb> {
  const forget = () => {
    connection = null;
  };
  connection ??= openLimberDb(indexedDB, { onClosed: forget }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}
