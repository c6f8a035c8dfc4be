/**
 * Renders a stretch illustration once its chunk has loaded. The box has a fixed aspect ratio (CSS
 * .lb-illus-box), so the drawing appears without moving anything around it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { IllustrationId } from '../../core/content/types.ts';
import { loadIllustration } from './loadIllustration.ts';
import './illustrations.css';

export function StretchIllustration({ id }: { id: IllustrationId }) {
  const [Drawing, setDrawing] = useState<ComponentType | null>(null);

  useEffect(() => {
    let live = true;
    setDrawing(null);
    loadIllustration(id).then(
      (component) => live && setDrawing(() => component),
      // A missing chunk (e.g. extension updated underneath an open popup) just leaves the box empty.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [id]);

  return <div class="lb-illus-box">{Drawing ? <Drawing /> : null}</div>;
}
