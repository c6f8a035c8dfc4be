import { describe, expect, it } from 'vitest';
import { CHECKLIST } from '../../src/core/content/checklist.ts';
import { checklistProgress, checkState, RECONFIRM_AFTER_MS } from '../../src/core/content/checklistProgress.ts';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 5, 15, 12);
const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

describe('checkState', () => {
  it('is unchecked for no record or an unticked record', () => {
    expect(checkState(undefined, NOW)).toBe('unchecked');
    expect(checkState({ checked: false, at: NOW }, NOW)).toBe('unchecked');
    expect(checkState({ checked: false, at: NOW - 30 * DAY }, NOW)).toBe('unchecked');
  });

  it('keeps a tick fresh up to and including exactly 7 days', () => {
    expect(RECONFIRM_AFTER_MS).toBe(7 * DAY);
    expect(checkState({ checked: true, at: NOW }, NOW)).toBe('checked');
    expect(checkState({ checked: true, at: NOW - 7 * DAY + 1 }, NOW)).toBe('checked');
    expect(checkState({ checked: true, at: NOW - 7 * DAY }, NOW)).toBe('checked');
  });

  it('asks for re-confirmation from one millisecond past 7 days', () => {
    expect(checkState({ checked: true, at: NOW - 7 * DAY - 1 }, NOW)).toBe('stale');
    expect(checkState({ checked: true, at: NOW - 365 * DAY }, NOW)).toBe('stale');
  });

  it('treats a tick from the future (clock moved back) as fresh', () => {
    expect(checkState({ checked: true, at: NOW + 3 * DAY }, NOW)).toBe('checked');
  });

  it('treats a corrupt timestamp as needing confirmation', () => {
    expect(checkState({ checked: true, at: Number.NaN }, NOW)).toBe('stale');
    expect(checkState({ checked: true, at: Number.POSITIVE_INFINITY }, NOW)).toBe('stale');
  });
});

describe('checklistProgress', () => {
  it('counts nothing for an empty store', () => {
    expect(checklistProgress(items, {}, NOW)).toEqual({
      total: 4,
      done: 0,
      needsConfirm: [],
      states: { a: 'unchecked', b: 'unchecked', c: 'unchecked', d: 'unchecked' },
    });
  });

  it('counts fresh and stale ticks as done and lists stale ones in item order', () => {
    const progress = checklistProgress(
      items,
      {
        d: { checked: true, at: NOW - 8 * DAY },
        a: { checked: true, at: NOW - DAY },
        b: { checked: true, at: NOW - 10 * DAY },
        c: { checked: false, at: NOW },
      },
      NOW,
    );
    expect(progress.done).toBe(3);
    expect(progress.needsConfirm).toEqual(['b', 'd']);
    expect(progress.states).toEqual({ a: 'checked', b: 'stale', c: 'unchecked', d: 'stale' });
  });

  it('flips exactly at the boundary as time passes', () => {
    const records = { a: { checked: true, at: NOW } };
    expect(checklistProgress(items, records, NOW + 7 * DAY).needsConfirm).toEqual([]);
    expect(checklistProgress(items, records, NOW + 7 * DAY + 1).needsConfirm).toEqual(['a']);
  });

  it('ignores stored ids that are no longer checklist items', () => {
    const progress = checklistProgress(items, { gone: { checked: true, at: NOW } }, NOW);
    expect(progress.done).toBe(0);
    expect(progress.states).not.toHaveProperty('gone');
  });

  it('never reads inherited properties as records', () => {
    const progress = checklistProgress([{ id: 'constructor' }, { id: 'toString' }], {}, NOW);
    expect(progress.done).toBe(0);
  });

  it('works with the real checklist', () => {
    const progress = checklistProgress(CHECKLIST, { feetFlat: { checked: true, at: NOW } }, NOW);
    expect(progress).toMatchObject({ total: CHECKLIST.length, done: 1, needsConfirm: [] });
  });
});
