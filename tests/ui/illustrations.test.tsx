// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import { loadIllustration, StretchIllustration } from '../../src/ui/illustrations/index.ts';
import { ILLUSTRATIONS } from '../../src/ui/illustrations/registry.ts';
import { formatMessage, loadLocale } from '../support/localeMessages.ts';

const english = loadLocale('en');
afterEach(cleanup);

describe('stretch illustrations', () => {
  it('has one drawing per stretch', () => {
    expect(Object.keys(ILLUSTRATIONS).sort()).toEqual(STRETCHES.map((s) => s.illustration).sort());
  });

  it.each(STRETCHES.map((s) => s.illustration))('%s is a small labelled SVG drawn in currentColor', (id) => {
    const Drawing = ILLUSTRATIONS[id];
    const { container } = render(<Drawing />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(formatMessage(english, `content_illus_${id}`));
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.getAttribute('viewBox')).toBe('0 0 120 90');
    // Hand-drawn and light: a handful of shapes, no embedded images or hard-coded colours.
    expect(svg.querySelectorAll('path, circle').length).toBeLessThanOrEqual(8);
    expect(svg.querySelector('image, foreignObject, script')).toBeNull();
    expect(svg.outerHTML).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('loads lazily by id and renders into a fixed box', async () => {
    expect(await loadIllustration('bridge')).toBe(ILLUSTRATIONS.bridge);
    const { container } = render(<StretchIllustration id="kneeRolls" />);
    const box = container.querySelector('.lb-illus-box');
    expect(box).not.toBeNull();
    expect(await screen.findByRole('img', { name: /knees bent, tipping/ })).toBeTruthy();
  });
});
