/**
 * Lazy access to the stretch illustrations: one dynamic import of the registry, so Vite puts all
 * drawings in a single small chunk that loads only when a stretch is opened.
 */
import type { ComponentType } from 'preact';
import type { IllustrationId } from '../../core/content/types.ts';

let registry: Promise<Record<IllustrationId, ComponentType>> | undefined;

export function loadIllustration(id: IllustrationId): Promise<ComponentType> {
  registry ??= import('./registry.ts').then(
    (m) => m.ILLUSTRATIONS,
    (error: unknown) => {
      // Let the next open retry instead of caching the failure for the life of the page.
      registry = undefined;
      throw error;
    },
  );
  return registry.then((all) => all[id]);
}
