import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, figuresCsv, toCsv } from '../../../src/core/insights/csv.ts';
import { emptyDay } from '../../../src/core/insights/dailyFigures.ts';
import { sparklinePoints, toPolyline } from '../../../src/core/insights/sparkline.ts';
import { SEED } from './records.ts';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('2025-05-14')).toBe('2025-05-14');
  });

  it('round-trips any text through a strict reader, formula cells prefixed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const back = readCsv(toCsv(rows));
          expect(back).toEqual(rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c))));
        },
      ),
      SEED,
    );
  });

  it('exports one row per day with stable column names', () => {
    const day = {
      ...emptyDay('2025-05-14'),
      activeMs: 95 * 60_000,
      taken: 3,
      skipped: 1,
      short: 1,
      longestStretchMs: 2_700_000,
    };
    const rows = readCsv(figuresCsv([emptyDay('2025-05-13'), day]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]?.[6]).toBe('breaks_short');
    expect(rows[1]).toEqual(['2025-05-13', '0', '0', '0', '0', '0', '0', '0', '0', '0', '']);
    // 3 kept of 5 due: the short break is due and not kept.
    expect(rows[2]).toEqual(['2025-05-14', '95', '3', '0', '0', '1', '1', '0', '0', '45', '60']);
  });
});

describe('sparklinePoints', () => {
  it('spreads values over the width and scales them to the height', () => {
    expect(sparklinePoints([0, 5, 10], 100, 24, 2)).toEqual([
      { x: 0, y: 22 },
      { x: 50, y: 12 },
      { x: 100, y: 2 },
    ]);
    expect(toPolyline(sparklinePoints([1, 1], 10, 10, 0))).toBe('0,0 10,0');
  });

  it('draws all-zero, empty, single and non-finite data without NaN', () => {
    expect(sparklinePoints([], 100, 24)).toEqual([]);
    expect(sparklinePoints([0, 0], 100, 24, 2).map((p) => p.y)).toEqual([22, 22]);
    expect(sparklinePoints([7], 100, 24, 2)).toEqual([{ x: 50, y: 2 }]);
    expect(sparklinePoints([Number.NaN, 3, Number.POSITIVE_INFINITY], 100, 24).every((p) => Number.isFinite(p.y))).toBe(
      true,
    );
  });
});
