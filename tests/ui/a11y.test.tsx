// @vitest-environment happy-dom
/**
 * axe-core on each rendered section. happy-dom has no layout engine, so rules that need rendering
 * (colour contrast, target size) cannot be judged here; the e2e suite runs full axe in Chromium.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIllustration } from '../../src/ui/illustrations/index.ts';
import { CausesSection } from '../../src/ui/sections/CausesSection.tsx';
import { ChecklistSection } from '../../src/ui/sections/ChecklistSection.tsx';
import { DoctorSection } from '../../src/ui/sections/DoctorSection.tsx';
import { ReliefSection } from '../../src/ui/sections/ReliefSection.tsx';
import { StretchesSection } from '../../src/ui/sections/StretchesSection.tsx';
import { createMemoryChecklistStore } from '../support/memoryChecklistStore.ts';

const NOW = Date.UTC(2025, 5, 15, 12);
const DAY = 24 * 60 * 60 * 1000;

afterEach(cleanup);

const OPTIONS: axe.RunOptions = {
  rules: { 'color-contrast': { enabled: false }, 'target-size': { enabled: false } },
  resultTypes: ['violations'],
};

async function violationsIn(container: Element): Promise<string[]> {
  const result = await axe.run(container, OPTIONS);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function renderPage(node: ComponentChild) {
  document.documentElement.lang = 'en';
  document.title = 'Limber';
  return render(<main>{node}</main>).container;
}

// axe walks every node of a section: about 0.4 s for the stretch list alone, but over 5 s (vitest's
// default timeout) when CI runs the pinned-date unit and e2e suites side by side on two cores. A
// timeout here is not a finding, and one cut short leaves axe running, which fails every later test.
describe('axe-core (happy-dom, no layout rules)', { timeout: 30_000 }, () => {
  it('does detect problems here (control: an unlabelled checkbox and an unnamed button)', async () => {
    const container = renderPage(
      <div>
        <input type="checkbox" />
        <button type="button" />
      </div>,
    );
    const found = (await violationsIn(container)).map((v) => v.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['label', 'button-name']));
  });

  it('checklist, including a re-confirm prompt', async () => {
    const store = createMemoryChecklistStore({ feetFlat: { checked: true, at: NOW - 8 * DAY } });
    const container = renderPage(<ChecklistSection store={store} now={() => NOW} />);
    await screen.findByText('Still true?');
    expect(await violationsIn(container)).toEqual([]);
  });

  it('stretch list and detail with its timer', async () => {
    // Load the drawing's module first: its first import is transformed on demand, which on a busy
    // machine can outlast findByRole's one-second wait (seen once while the whole ui suite ran).
    await loadIllustration('birdDog');
    const container = renderPage(<StretchesSection />);
    expect(await violationsIn(container)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: /^Bird-dog/ }));
    await screen.findByRole('img', { name: /hands and knees/ });
    expect(await violationsIn(container)).toEqual([]);
  });

  it('relief', async () => {
    const container = renderPage(<ReliefSection onShowStretch={() => {}} onShowDoctor={() => {}} />);
    expect(await violationsIn(container)).toEqual([]);
  });

  it('doctor', async () => {
    expect(await violationsIn(renderPage(<DoctorSection />))).toEqual([]);
  });

  it('causes', async () => {
    expect(await violationsIn(renderPage(<CausesSection />))).toEqual([]);
  });
});
