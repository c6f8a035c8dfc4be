// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import { groupStretches } from '../../src/core/content/stretchGroups.ts';
import { StretchesSection } from '../../src/ui/sections/StretchesSection.tsx';
import { deskFirst } from '../../src/ui/sections/stretchOrder.ts';

afterEach(cleanup);

const rows = () => screen.getAllByRole('button').filter((b) => b.hasAttribute('data-stretch'));

describe('Stretches list', () => {
  it('lists desk stretches first: their group leads, and within each group desk moves come first', () => {
    render(<StretchesSection />);
    const shown = rows().map((r) => r.getAttribute('data-stretch'));
    const expected = groupStretches(deskFirst(STRETCHES)).flatMap((g) => g.stretches.map((s) => s.id));
    expect(shown).toEqual(expected);
    expect(STRETCHES.find((s) => s.id === shown[0])?.places).toContain('desk');
    const groups = [...document.querySelectorAll('[data-group]')].map((g) => g.getAttribute('data-group'));
    expect(groups[0]).toBe('loosen');
    // The spasm group still lists walking (standing) before the knee rolls (floor).
    const spasm = shown.filter((id) => STRETCHES.find((s) => s.id === id)?.use === 'spasm');
    expect(spasm.indexOf('walking')).toBeLessThan(spasm.indexOf('kneeRolls'));
  });

  it('shows a still thumbnail in every row, hidden so the row is named by its text alone', async () => {
    render(<StretchesSection />);
    const all = rows();
    expect(all).toHaveLength(STRETCHES.length);
    await vi.waitFor(() => {
      for (const row of all) expect(row.querySelector('svg')).not.toBeNull();
    });
    for (const row of all) {
      const svg = row.querySelector('svg') as SVGSVGElement;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.querySelector('animateTransform')).toBeNull();
      expect(row.querySelector('.lb-illus-thumb')?.contains(svg)).toBe(true);
    }
    expect(within(all[0] as HTMLElement).queryByRole('img')).toBeNull();
    expect(screen.getByRole('button', { name: /^Seated pelvic tilt\s*45 sec · At the desk$/ })).toBeTruthy();
  });
});
