/**
 * The popup's entry script. Chrome shows an extension popup only at its document's load event
 * (ExtensionPopup::DocumentOnLoadCompletedInPrimaryMainFrame), and a module script in the page
 * delays that event until it has loaded and run. So the app is not such a script: popup.html
 * carries a static, language-neutral skeleton (header, tab row, the status card with "--:--")
 * styled by the CSS inlined into it, which paints as soon as the popup is shown; the app is
 * imported after that first frame and renders over it in the same boxes (docs/BENCHMARKS.md).
 */
import '../shared/theme.css';
import './popup.css';

// Nothing else is imported here: every file this script needs is fetched before the load event.
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./main.tsx');
};
// After the first frame (a frame is only drawn once the popup is shown)…
requestAnimationFrame(() => setTimeout(start));
// …or late anyway: a page that is never shown (a background tab) never draws a frame. Not sooner:
// on a busy machine the popup's first frame can come several hundred ms after this line, and the
// app fetched and run before it delays that frame (a 150 ms fallback cost the real popup about a
// fifth of its first-paint time, docs/BENCHMARKS.md).
setTimeout(start, 1000);
