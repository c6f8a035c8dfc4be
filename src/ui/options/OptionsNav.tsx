/**
 * The options page's table of contents: one link per section, kept in view (a sticky column on wide
 * screens, a row at the top on narrow ones). The section being read is marked (aria-current), so
 * the nav also says where you are.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';

export const SECTIONS = [
  { id: 'breaks', title: 'opt_schedule_title' },
  { id: 'reminders', title: 'opt_reminders_title' },
  { id: 'hours', title: 'opt_hours_title' },
  { id: 'hold', title: 'opt_hold_title' },
  { id: 'data', title: 'opt_data_title' },
  { id: 'privacy', title: 'opt_privacy_title' },
] as const;

/** The last section whose top has scrolled into the upper third of the window: the one being read. */
function useCurrentSection(): string {
  const [current, setCurrent] = useState<string>(SECTIONS[0].id);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight / 3;
      let reading: string = SECTIONS[0].id;
      for (const { id } of SECTIONS) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) reading = id;
      }
      setCurrent(reading);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  return current;
}

export function OptionsNav() {
  const current = useCurrentSection();
  return (
    <nav class="opt-nav" aria-label={t('opt_nav_label')}>
      <ul>
        {SECTIONS.map(({ id, title }) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={current === id ? 'location' : undefined}>
              {t(title)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
