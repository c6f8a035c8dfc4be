/** Points for a small SVG polyline (the popup's 7-day sparkline). Pure. */

export interface SparkPoint {
  x: number;
  y: number;
}

/**
 * Spreads the values across `width` and scales them into `height`, leaving `pad` units above and
 * below so a stroke at the extremes is not clipped. All-zero data is a flat line on the baseline.
 */
export function sparklinePoints(values: readonly number[], width: number, height: number, pad = 2): SparkPoint[] {
  if (values.length === 0) return [];
  const max = Math.max(0, ...values.map((v) => (Number.isFinite(v) ? v : 0)));
  const inner = height - 2 * pad;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => {
    const value = Number.isFinite(v) ? Math.max(0, v) : 0;
    const y = max === 0 ? height - pad : height - pad - (value / max) * inner;
    return { x: round(values.length > 1 ? i * step : width / 2), y: round(y) };
  });
}

const round = (n: number) => Math.round(n * 100) / 100;

/** The `points` attribute of an SVG polyline. */
export const toPolyline = (points: readonly SparkPoint[]): string => points.map((p) => `${p.x},${p.y}`).join(' ');
