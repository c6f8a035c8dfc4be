/**
 * Locale keys of a stretch, derived from its id. Separate from the stretch library so the
 * background can name a stretch (in the reminder) without bundling the library itself.
 */
export const stretchKeyBase = (id: string): string => `content_stretch_${id}`;
export const stretchTitleKey = (id: string): string => `${stretchKeyBase(id)}_title`;
