/**
 * Quick stretches: a filterable list, and a detail view that replaces it (the popup is ~380 px
 * wide, too narrow for side-by-side). Focus goes to the detail heading on open and back to the
 * row that opened it, so keyboard users never lose their place.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { STRETCHES } from '../../core/content/stretches.ts';
import type { Stretch } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { StretchDetail } from './StretchDetail.tsx';
import { type PlaceFilter, StretchList } from './StretchList.tsx';
import './sections.css';

export interface StretchesSectionProps {
  stretches?: readonly Stretch[];
  /** Open this stretch first (e.g. linked from "My back hurts now"). */
  initialStretchId?: string;
  /** Clock for the countdown; defaults to Date.now. */
  now?: () => number;
}

export function StretchesSection({ stretches = STRETCHES, initialStretchId, now }: StretchesSectionProps) {
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const [filter, setFilter] = useState<PlaceFilter>('all');
  const [openId, setOpenId] = useState<string | undefined>(initialStretchId);
  const [userOpened, setUserOpened] = useState(false);
  const returnTo = useRef<string | undefined>(undefined);
  const open = stretches.find((s) => s.id === openId);

  useEffect(() => {
    if (open || !returnTo.current) return;
    const row = root.current?.querySelector<HTMLElement>(`[data-stretch="${returnTo.current}"]`);
    returnTo.current = undefined;
    row?.focus();
  }, [open]);

  const back = () => {
    returnTo.current = openId;
    setOpenId(undefined);
  };

  return (
    <section class="lb-section" aria-labelledby={headingId} ref={root}>
      <h2 id={headingId}>{t('sect_stretches_heading')}</h2>
      {open ? (
        <StretchDetail key={open.id} stretch={open} onBack={back} focusOnOpen={userOpened} {...(now ? { now } : {})} />
      ) : (
        <>
          <p class="lb-muted">{t('sect_stretches_intro')}</p>
          <StretchList
            stretches={stretches}
            filter={filter}
            onFilter={setFilter}
            onOpen={(id) => {
              setUserOpened(true);
              setOpenId(id);
            }}
          />
        </>
      )}
    </section>
  );
}
