// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RED_FLAGS } from '../../src/core/content/redFlags.ts';
import { DoctorSection } from '../../src/ui/sections/DoctorSection.tsx';

afterEach(cleanup);

describe('DoctorSection', () => {
  it('lists every warning sign, urgent ones first', () => {
    render(<DoctorSection />);
    const items = [...document.querySelectorAll('li[data-id]')].map((li) => li.getAttribute('data-id'));
    expect(items).toHaveLength(RED_FLAGS.length);
    expect(items.slice(0, 3)).toEqual(['bowelBladder', 'legNumbness', 'saddleNumbness']);
    expect(items.slice(3).sort()).toEqual(
      ['afterInjury', 'fever', 'gettingWorse', 'notImproving', 'severePain', 'weightLoss'].sort(),
    );
  });

  it('sets urgent signs apart with a labelled heading and icon, not colour alone', () => {
    render(<DoctorSection />);
    const urgentList = screen.getByRole('list', { name: /Urgent: get medical help right away/ });
    expect(within(urgentList).getAllByRole('listitem')).toHaveLength(3);
    expect(within(urgentList).getByText(/bladder or bowels/)).toBeTruthy();
    expect(within(urgentList).getByText(/below the knee/)).toBeTruthy();
    expect(within(urgentList).getByText(/groin, genitals or buttocks/)).toBeTruthy();
    const urgentBox = urgentList.closest('[data-urgency="urgent"]') as HTMLElement;
    expect(urgentBox.querySelector('h3 svg[aria-hidden="true"]')).not.toBeNull();

    const soonList = screen.getByRole('list', { name: 'See a doctor soon if' });
    expect(within(soonList).getAllByRole('listitem')).toHaveLength(6);
    expect(within(soonList).getByText(/fall, a car accident/)).toBeTruthy();
    expect(within(soonList).getByText(/fever/)).toBeTruthy();
    expect(within(soonList).getByText(/losing weight without trying/)).toBeTruthy();
    // Urgent box comes before the others in document order.
    expect(urgentBox.compareDocumentPosition(soonList) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says plainly that Limber is general information, not a diagnosis', () => {
    render(<DoctorSection />);
    expect(screen.getByText(/Limber gives general information, not a diagnosis/)).toBeTruthy();
  });
});
