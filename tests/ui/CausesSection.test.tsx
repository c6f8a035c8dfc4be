// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CausesSection } from '../../src/ui/sections/CausesSection.tsx';

afterEach(cleanup);

describe('CausesSection', () => {
  it("explains each of the seed's causes", () => {
    render(<CausesSection />);
    expect(screen.getByRole('heading', { level: 2, name: 'Why spasms happen' })).toBeTruthy();
    const titles = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(titles).toEqual([
      'Strain and overuse',
      'Posture',
      'Long hours of sitting',
      'Water and minerals',
      'Stress',
      'Other conditions',
    ]);
    expect(screen.getByText(/potassium, sodium and magnesium/)).toBeTruthy();
    expect(screen.getByText(/spinal stenosis/)).toBeTruthy();
  });
});
