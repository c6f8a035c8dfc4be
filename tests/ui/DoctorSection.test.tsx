// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RED_FLAGS } from '../../src/core/content/redFlags.ts';
import { DoctorSection } from '../../src/ui/sections/DoctorSection.tsx';
import { HEALTH_PAGE_HREF } from '../../src/ui/shared/healthPage.ts';

afterEach(cleanup);

describe('DoctorSection', () => {
  it('lists every warning sign: the four emergencies first, then same-day, then soon', () => {
    render(<DoctorSection />);
    const items = [...document.querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id'));
    expect(items).toHaveLength(RED_FLAGS.length);
    expect(items).toEqual([
      'bowelBladder',
      'legNumbness',
      'saddleNumbness',
      'seriousInjury',
      'fever',
      'severePain',
      'notImproving',
      'gettingWorse',
      'weightLoss',
    ]);
  });

  it('says where to go for an emergency in words that hold in every country, and marks it without colour alone', () => {
    render(<DoctorSection />);
    const emergency = screen.getByRole('list', {
      name: /^Emergency: go to an emergency department or call your local emergency number/,
    });
    expect(within(emergency).getAllByRole('listitem')).toHaveLength(4);
    expect(within(emergency).getByText(/bladder or bowels/)).toBeTruthy();
    expect(within(emergency).getByText(/below the knee/)).toBeTruthy();
    expect(within(emergency).getByText(/genitals or buttocks/)).toBeTruthy();
    expect(within(emergency).getByText(/serious fall, a car accident/)).toBeTruthy();
    const box = emergency.closest('[data-urgency="emergency"]') as HTMLElement;
    expect(box.querySelector('h3 svg[aria-hidden="true"]')).not.toBeNull();

    const today = screen.getByRole('list', { name: /^Today: contact a doctor or an urgent care service the same day/ });
    expect(within(today).getByText(/fever/)).toBeTruthy();
    expect(box.compareDocumentPosition(today) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("gives each 'soon' sign a test a person can apply", () => {
    render(<DoctorSection />);
    const soon = screen.getByRole('list', { name: "Soon: book a doctor's appointment if" });
    expect(within(soon).getByText(/stops you sleeping/)).toBeTruthy();
    expect(within(soon).getByText(/no better after a week/)).toBeTruthy();
    expect(within(soon).getByText(/Each day it hurts more than the day before/)).toBeTruthy();
    expect(within(soon).getByText(/losing weight without trying/)).toBeTruthy();
  });

  it('names the public source of every sign as a link that opens a new tab only on click', () => {
    render(<DoctorSection />);
    for (const li of document.querySelectorAll('li[data-id]')) {
      const links = [...li.querySelectorAll('a')];
      expect(links.length, li.getAttribute('data-id') ?? '').toBeGreaterThan(0);
      for (const a of links) {
        expect(a.getAttribute('href')).toMatch(/^https:\/\//);
        expect(a.getAttribute('target')).toBe('_blank');
        expect(a.getAttribute('rel')).toBe('noopener noreferrer');
        expect(a.textContent).toMatch(/\(opens in a new tab\)$/);
      }
    }
  });

  it('opens with the one-line disclaimer, linked to the full text', () => {
    render(<DoctorSection />);
    const line = screen.getByText(/General information, not a diagnosis or medical advice\./);
    const link = screen.getByRole('link', { name: /Read the full note/ });
    expect(link.getAttribute('href')).toBe(HEALTH_PAGE_HREF);
    // Above the signs, not below the fold.
    const firstSign = document.querySelector('li[data-id]') as HTMLElement;
    expect(line.compareDocumentPosition(firstSign) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
