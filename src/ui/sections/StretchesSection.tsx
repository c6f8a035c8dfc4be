/**
 * Quick stretches: a filterable, grouped list, and a detail view that replaces it (the popup is
 * ~380 px wide, too narrow for side-by-side). Focus goes to the detail heading on open and back to
 * the row that opened it, so keyboard users never lose their place. Other tabs can ask it to open a
 * stretch or show a group (`request`), e.g. "During a spasm" opening the knee rolls.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { STRETCHES } from '../../core/content/stretches.ts';
import type { Stretch, StretchUse } from '../../core/content/types.ts';
import { t } from '../i18n.ts';
import { StretchDetail } from './StretchDetail.tsx';
import { type PlaceFilter, StretchList } from './StretchList.tsx';
import './sections.css';

/** A request from elsewhere in the popup; `seq` changes with every request, so repeats still count. */
export interface StretchRequest {
  seq: number;
  stretchId?: string;
  groupId?: StretchUse;
}

export interface StretchesSectionProps {
  stretches?: readonly Stretch[];
  /** Open this stretch first. */
  initialStretchId?: string;
  request?: StretchRequest;
  /** Clock for the countdown; defaults to Date.now. */
  now?: () => number;
}

export function StretchesSection({ stretches = STRETCHES, initialStretchId, request, now }: StretchesSectionProps) {
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const [filter, setFilter] = useState<PlaceFilter>('all');
  const [openId, setOpenId] = useState<string | undefined>(initialStretchId ?? request?.stretchId);
  const [userOpened, setUserOpened] = useState(request !== undefined);
  const returnTo = useRef<string | undefined>(undefined);
  const focusGroup = useRef<StretchUse | undefined>(request?.groupId);
  const open = stretches.find((s) => s.id === openId);

  useEffect(() => {
    if (!request) return;
    setUserOpened(true);
    if (request.stretchId) {
      setOpenId(request.stretchId);
      return;
    }
    setOpenId(undefined);
    setFilter('all');
    focusGroup.current = request.groupId;
  }, [request?.seq]);

  useEffect(() => {
    if (open) return;
    if (focusGroup.current) {
      const heading = root.current?.querySelector<HTMLElement>(`[data-group="${focusGroup.current}"] h3`);
      focusGroup.current = undefined;
      heading?.focus();
      return;
    }
    if (!returnTo.current) return;
    const row = root.current?.querySelector<HTMLElement>(`[data-stretch="${returnTo.current}"]`);
    returnTo.current = undefined;
    row?.focus();
  });

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
