/**
 * Loads a section's code the first time it is shown, with a dynamic import(), so the popup's first
 * view stays small (its byte budget is in docs/BENCHMARKS.md). Hand-written instead of preact/compat's lazy + Suspense, which
 * would pull all of compat into the first view. The loaded component is cached for the session;
 * a failed load (e.g. the extension was updated under an open popup) can be retried.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';

export interface LazySection<P> {
  (props: P): JSX.Element;
  /** Starts loading without rendering; safe to call many times. */
  preload: () => Promise<unknown>;
}

export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): LazySection<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;

  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };

  function Section(props: P) {
    const [, setReady] = useState(false);
    const [failed, setFailed] = useState(false);

    useEffect(() => {
      if (failed) return;
      let live = true;
      // Subscribe even when the load has already finished: it may have finished after this render
      // drew "Loading…" and before this effect ran (a hover starts the load just before the click),
      // and then only a new render shows the section. An already shown section renders once more.
      preload().then(
        () => live && setReady(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [failed]);

    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    if (failed) {
      return (
        <div class="section-state" role="alert">
          <p>{t('popup_section_failed')}</p>
          <button type="button" onClick={() => setFailed(false)}>
            {t('popup_retry')}
          </button>
        </div>
      );
    }
    // Shown only after a short delay (CSS), so a fast load does not flash it.
    return (
      <p class="section-state loading" aria-busy="true">
        {t('popup_section_loading')}
      </p>
    );
  }

  return Object.assign(Section, { preload: () => preload().catch(() => undefined) });
}
