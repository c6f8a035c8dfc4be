/**
 * Where the full health disclaimer lives: Limber's own page, addressed from the extension's root so
 * the same link works from every Limber page (popup, break, options, welcome).
 */
export const HEALTH_PAGE_HREF = '/src/ui/health/health.html';
