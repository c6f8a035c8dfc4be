/**
 * Renders a stretch illustration once its chunk has loaded. The box has a fixed aspect ratio (CSS
 * .lb-illus-box), so the drawing appears without moving anything around it.
 *
 * Full size it loops through the movement, or shows its still pose when the person prefers reduced
 * motion. As a thumbnail it is always still and hidden from assistive technology: the stretch's
 * name sits beside it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { IllustrationId } from '../../core/content/types.ts';
import type { Drawing } from './Illustration.tsx';
import { loadIllustration } from './loadIllustration.ts';
import { useReducedMotion } from './useReducedMotion.ts';
import './illustrations.css';

export function StretchIllustration({ id, thumbnail = false }: { id: IllustrationId; thumbnail?: boolean }) {
  const [drawing, setDrawing] = useState<{ id: IllustrationId; Drawing: Drawing } | null>(null);
  const reduced = useReducedMotion();

  useEffect(() => {
    let live = true;
    loadIllustration(id).then(
      (Drawing) => live && setDrawing({ id, Drawing }),
      // A missing chunk (e.g. extension updated underneath an open popup) just leaves the box empty.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id]);

  const Drawing = drawing?.id === id ? drawing.Drawing : null;
  return (
    <div class={thumbnail ? 'lb-illus-box lb-illus-thumb' : 'lb-illus-box'}>
      {Drawing ? <Drawing still={thumbnail || reduced} decorative={thumbnail} /> : null}
    </div>
  );
}
