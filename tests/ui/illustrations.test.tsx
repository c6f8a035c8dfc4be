// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { STRETCHES } from '../../src/core/content/stretches.ts';
import type { IllustrationId } from '../../src/core/content/types.ts';
import type { Drawing } from '../../src/ui/illustrations/Illustration.tsx';
import { loadIllustration, StretchIllustration } from '../../src/ui/illustrations/index.ts';
import { ILLUSTRATIONS } from '../../src/ui/illustrations/registry.ts';
import { formatMessage, loadLocale } from '../support/localeMessages.ts';

const english = loadLocale('en');
const LANGUAGES = ['en', 'de', 'es', 'fr', 'pt_BR', 'ja'];
const ids = STRETCHES.map((s) => s.illustration);
const drawings = new Map<IllustrationId, Drawing>();

beforeAll(async () => {
  for (const id of ids) drawings.set(id, await loadIllustration(id));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function drawing(id: IllustrationId): Drawing {
  const found = drawings.get(id);
  if (!found) throw new Error(`not loaded: ${id}`);
  return found;
}

/** A matchMedia that answers `reduce` for the reduced-motion query, and can change its answer. */
function stubReducedMotion(initially: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    matches: initially,
    media: '(prefers-reduced-motion: reduce)',
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  vi.stubGlobal('matchMedia', (query: string) => {
    expect(query).toBe('(prefers-reduced-motion: reduce)');
    return list;
  });
  return {
    set(matches: boolean) {
      list.matches = matches;
      for (const fn of listeners) fn();
    },
  };
}

describe('stretch illustrations', () => {
  it('has one drawing for every stretch in the content, and no other', () => {
    expect(Object.keys(ILLUSTRATIONS).sort()).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(STRETCHES.length);
  });

  it('has a label for every drawing in all six languages, and no label without a drawing', () => {
    for (const lang of LANGUAGES) {
      const messages = loadLocale(lang);
      const labels = Object.keys(messages).filter((k) => k.startsWith('illus_'));
      expect(labels.sort(), lang).toEqual(ids.map((id) => `illus_${id}`).sort());
      for (const key of labels) expect(messages[key]?.message.trim().length, `${lang} ${key}`).toBeGreaterThan(20);
    }
  });

  it.each(ids)('%s loops through its movement, labelled, in theme colours', (id) => {
    const Drawing = drawing(id);
    const { container } = render(<Drawing />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(formatMessage(english, `illus_${id}`));
    expect(svg.getAttribute('aria-hidden')).toBeNull();

    // SMIL, so nothing runs as script: every animation loops forever over the same loop length.
    const animations = [...svg.querySelectorAll('animateTransform, animate')];
    const seconds = Drawing.spec.motion.seconds;
    expect(svg.dataset.loop).toBe(String(seconds));
    expect(animations.length).toBeGreaterThan(3);
    for (const a of animations) {
      expect(a.getAttribute('dur')).toBe(`${seconds}s`);
      expect(a.getAttribute('repeatCount')).toBe('indefinite');
      const times = (a.getAttribute('keyTimes') ?? '').split(';').map(Number);
      const values = (a.getAttribute('values') ?? '').split(';');
      expect(values).toHaveLength(times.length);
      expect(times[0]).toBe(0);
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number);
    }
    // Some bone really moves: a turn or a shift whose values are not all the same.
    const moving = [...svg.querySelectorAll('animateTransform')].filter(
      (a) => new Set(a.getAttribute('values')?.split(';')).size > 1,
    );
    expect(moving.length).toBeGreaterThan(0);

    // Colours come from CSS classes (light and dark custom properties), never from the markup.
    expect(svg.outerHTML).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(|\bfill="(?!none)|\bstroke="(?!none)/i);
    expect(svg.querySelector('image, foreignObject, script, style')).toBeNull();
    expect(svg.querySelectorAll('.lb-fig-skin, .lb-fig-shirt, .lb-fig-trousers').length).toBeGreaterThan(5);
  });

  it.each(ids)('%s has a still pose, one of its key poses, with the same label', (id) => {
    const Drawing = drawing(id);
    const { container } = render(<Drawing still />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('aria-label')).toBe(formatMessage(english, `illus_${id}`));
    expect(svg.querySelector('animateTransform, animate')).toBeNull();
    expect(svg.dataset.loop).toBeUndefined();
    const { poses, timeline, still } = Drawing.spec.motion;
    expect(poses[still]).toBeDefined();
    expect(timeline.some(([, pose]) => pose === still)).toBe(true);
    // A figure is drawn, not an empty frame.
    expect(svg.querySelectorAll('.lb-fig path, .lb-fig circle').length).toBeGreaterThan(10);
  });

  it.each(ids)('%s as a thumbnail is hidden, still and small', (id) => {
    const Drawing = drawing(id);
    const { container } = render(<Drawing still decorative />);
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('role')).toBeNull();
    expect(svg.getAttribute('aria-label')).toBeNull();
    expect(svg.querySelector('animateTransform, animate, .lb-cue')).toBeNull();
    expect(svg.querySelectorAll('.lb-fig-skin, .lb-fig-shirt, .lb-fig-trousers').length).toBeGreaterThan(5);
    // A list shows fourteen of these: every node costs screen readers and checkers a walk.
    expect(svg.querySelectorAll('*').length).toBeLessThan(45);
  });
});

describe('StretchIllustration', () => {
  it('loads the drawing lazily into a fixed box and animates it', async () => {
    stubReducedMotion(false);
    const { container } = render(<StretchIllustration id="kneeRolls" />);
    const box = container.querySelector('.lb-illus-box');
    expect(box).not.toBeNull();
    const img = await screen.findByRole('img', { name: /knees bent/ });
    expect(box?.contains(img)).toBe(true);
    expect(img.querySelector('animateTransform')).not.toBeNull();
  });

  it('shows the still pose when reduced motion is asked for, and follows a change', async () => {
    const motion = stubReducedMotion(true);
    render(<StretchIllustration id="bridge" />);
    const img = await screen.findByRole('img', { name: /lifts the hips/ });
    expect(img.querySelector('animateTransform')).toBeNull();
    act(() => motion.set(false));
    expect(screen.getByRole('img', { name: /lifts the hips/ }).querySelector('animateTransform')).not.toBeNull();
    act(() => motion.set(true));
    expect(screen.getByRole('img', { name: /lifts the hips/ }).querySelector('animateTransform')).toBeNull();
  });

  it('draws a thumbnail still and hidden, in its own smaller box', async () => {
    stubReducedMotion(false);
    const { container } = render(<StretchIllustration id="birdDog" thumbnail />);
    await vi.waitFor(() => expect(container.querySelector('svg')).not.toBeNull());
    const svg = container.querySelector('svg') as SVGSVGElement;
    expect(container.querySelector('.lb-illus-box.lb-illus-thumb')).not.toBeNull();
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('animateTransform')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows the new stretch when the id changes, never the previous drawing', async () => {
    stubReducedMotion(false);
    const { rerender } = render(<StretchIllustration id="walking" />);
    await screen.findByRole('img', { name: /walking/ });
    rerender(<StretchIllustration id="seatedTwist" />);
    expect(screen.queryByRole('img', { name: /walking/ })).toBeNull();
    expect(await screen.findByRole('img', { name: /arms crossed/ })).toBeTruthy();
  });
});
