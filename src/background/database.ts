/**
 * The worker's database connection: a cache for one worker life (a stopped worker simply opens it
 * again), forgotten when an open fails or the browser closes it (storage/connection.ts).
 */
import { sharedConnection } from '../storage/connection.ts';

export const database = sharedConnection();
