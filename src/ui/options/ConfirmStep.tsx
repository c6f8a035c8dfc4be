/**
 * An inline confirmation step (not window.confirm, which extension option pages may block and which
 * cannot be styled or translated). Focus goes to Cancel, the safe choice; Escape cancels; focus returns
 * to the button that opened it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.ts';

interface ConfirmStepProps {
  trigger: string;
  confirm: string;
  danger?: boolean;
  disabled?: boolean;
  children: ComponentChildren;
  /** Resolves to an error message to show, or '' when done. */
  onConfirm(): Promise<string>;
}

export function ConfirmStep({
  trigger,
  confirm,
  danger = false,
  disabled = false,
  children,
  onConfirm,
}: ConfirmStepProps) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  const wasOpen = useRef(false);

  // Focus moves after the render, once the box exists (or the opener is enabled again).
  useEffect(() => {
    if (open) cancel.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const close = () => setOpen(false);

  async function go() {
    setBusy(true);
    const message = await onConfirm();
    setBusy(false);
    setError(message);
    if (!message) close();
  }

  return (
    <div class="opt-confirm">
      <button
        type="button"
        ref={opener}
        disabled={disabled || open}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(true)}
      >
        {trigger}
      </button>
      {open && (
        <section
          id={id}
          class={danger ? 'opt-confirm-box opt-danger' : 'opt-confirm-box'}
          aria-labelledby={`${id}-q`}
          onKeyDown={(e) => e.key === 'Escape' && !busy && close()}
        >
          <div id={`${id}-q`}>{children}</div>
          <div class="opt-buttons">
            <button type="button" class={danger ? 'danger' : 'primary'} disabled={busy} onClick={() => void go()}>
              {confirm}
            </button>
            <button type="button" ref={cancel} disabled={busy} onClick={close}>
              {t('opt_cancel')}
            </button>
          </div>
          <p class="opt-error" role="alert" hidden={!error}>
            {error}
          </p>
        </section>
      )}
    </div>
  );
}
