/**
 * The one result shape of every validator of a stored or imported record: the record as it may be
 * used, or the reason it may not. Pure.
 */
export type Checked<T> = { ok: true; record: T } | { ok: false; reason: string };
