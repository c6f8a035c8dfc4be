/**
 * The popup's only script before its load event, run as a classic script (no imports, no exports;
 * scripts/popup-boot-plugin.ts builds it and puts it at the end of popup.html's body in place of
 * the app's module script).
 *
 * Chrome shows an extension popup only at its document's load event
 * (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame), so everything the page fetches and
 * runs before `load` comes before the first paint. popup.html carries a static, language-neutral
 * skeleton (header, tab row, the status card with "--:--") styled by the CSS inlined into it; this
 * script fetches nothing, and imports the app (`data-app`, with its own imports preloaded from
 * `data-preload`) only once the popup has painted. The app then renders over the skeleton in the
 * same boxes (docs/BENCHMARKS.md has the measurements).
 */
{
  const script = document.currentScript as HTMLScriptElement | null;
  const app = script?.dataset.app ?? '';
  const preload = (script?.dataset.preload ?? '').split(' ').filter(Boolean);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    for (const href of preload) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.append(link);
    }
    void import(/* @vite-ignore */ app);
  };
  // Once the skeleton is on screen: the first contentful paint after the load event. Chrome shows the
  // popup at `load` and draws nothing before; the app fetched and run while that first frame is
  // still being rastered and presented delays it on a busy machine (docs/BENCHMARKS.md). In a tab the
  // page can paint before `load`, and the app must not delay `load` there either.
  addEventListener('load', () => {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  // Late anyway: a page that is never shown (a background tab) never paints. Not sooner: on a busy
  // machine the popup's first paint can come several hundred ms after this line, and the app
  // fetched and run before it delays that paint (a 150 ms fallback cost the real popup about a fifth
  // of its first-paint time, docs/BENCHMARKS.md).
  setTimeout(start, 1000);
}
