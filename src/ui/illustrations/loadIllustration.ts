/**
 * Lazy access to one stretch's illustration. Each id is its own small chunk (plus the shared rig),
 * so the break page loads only the drawings of its routine. A loaded drawing is kept for the life
 * of the page; a failed load is forgotten so the next open retries.
 */
import type { IllustrationId } from '../../core/content/types.ts';
import type { Drawing } from './Illustration.tsx';
import { ILLUSTRATIONS } from './registry.ts';

const loaded = new Map<IllustrationId, Promise<Drawing>>();

export function loadIllustration(id: IllustrationId): Promise<Drawing> {
  let drawing = loaded.get(id);
  if (!drawing) {
    drawing = ILLUSTRATIONS[id]().then(
      (m) => m.default,
      (error: unknown) => {
        loaded.delete(id);
        throw error;
      },
    );
    loaded.set(id, drawing);
  }
  return drawing;
}
