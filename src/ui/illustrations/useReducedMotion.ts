/**
 * Whether the person asked the system for less motion. SMIL animations ignore CSS, so the
 * illustrations read this and draw their still pose instead; it follows changes while open.
 */
import { useEffect, useState } from 'preact/hooks';

const QUERY = '(prefers-reduced-motion: reduce)';

function query(): MediaQueryList | undefined {
  return typeof matchMedia === 'function' ? matchMedia(QUERY) : undefined;
}

export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const list = query();
    if (!list) return;
    const update = () => setReduced(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return reduced;
}
