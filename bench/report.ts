/** One row per figure: the printed table and bench/results.json are both made from these rows. */

export interface Row {
  id: string;
  measure: string;
  /** The figure (a median unless the measure says otherwise), in `unit`. */
  value: number | null;
  unit: string;
  baseline?: number | null;
  /** value / baseline, where the issue asks for a ratio. */
  ratio?: number | null;
  /** The limit, on the ratio when there is one, else on the value ("at most"/"under"). */
  target?: { max: number; on: 'value' | 'ratio'; strict?: boolean };
  /** true / false against the target; null when the figure has no target or could not be measured. */
  met: boolean | null;
  note?: string;
}

export function judge(row: Omit<Row, 'met'>): Row {
  if (!row.target) return { ...row, met: null };
  const subject = row.target.on === 'ratio' ? row.ratio : row.value;
  if (subject === null || subject === undefined || Number.isNaN(subject)) return { ...row, met: null };
  const met = row.target.strict ? subject < row.target.max : subject <= row.target.max;
  return { ...row, met };
}

const fmt = (v: number | null | undefined, digits = 2): string => {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (Math.abs(v) >= 1000) return v.toFixed(0);
  if (Math.abs(v) >= 100) return v.toFixed(1);
  return v.toFixed(digits);
};

function targetText(row: Row): string {
  if (!row.target) return '';
  const op = row.target.strict ? '<' : '≤';
  return row.target.on === 'ratio' ? `${op} ${row.target.max}×` : `${op} ${row.target.max} ${row.unit}`;
}

const status = (row: Row): string => (row.met === null ? (row.target ? 'n/a' : '') : row.met ? 'met' : 'MISSED');

export function table(rows: Row[]): string {
  const header = ['Measure', 'Value', 'Baseline', 'Ratio', 'Target', 'Status'];
  const cells = rows.map((r) => [
    r.measure,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline === undefined ? '' : `${fmt(r.baseline)} ${r.unit}`,
    r.ratio === undefined ? '' : `${fmt(r.ratio)}×`,
    targetText(r),
    status(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: string[]) =>
    c.map((x, i) => (i === 0 ? x.padEnd(widths[i] as number) : x.padStart(widths[i] as number))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), rule, ...cells.map(line)].join('\n');
}
