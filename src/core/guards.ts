/** Shape guards shared by validation of preferences, stored records, messages and imports. */

/** A JSON-like object literal: not null, not an array, not a class instance, no exotic prototype. */
export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

export const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export const isNonNegativeFinite = (v: unknown): v is number => isFiniteNumber(v) && v >= 0;
