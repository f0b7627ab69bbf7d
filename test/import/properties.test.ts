import fc from 'fast-check';
import Papa from 'papaparse';
import { parseCsv, splitAtRecordBoundaries } from '../../src/import/csv';
import { importText, utf8 } from './helpers';

/*
 * Property tests: a table of numbers written in any of the conventions exports use comes back
 * exactly; and a number is never read wrongly: a column is either read exactly or refused.
 */

type Grouping = '' | ' ' | '\u00a0' | 'other-mark';

interface Convention {
  delimiter: ',' | ';' | '\t';
  decimal: '.' | ',';
  grouping: Grouping;
}

const convention: fc.Arbitrary<Convention> = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  decimal: fc.constantFrom('.' as const, ','),
  grouping: fc.constantFrom('' as const, ' ' as const, '\u00a0' as const, 'other-mark' as const),
});

function group(digits: string, separator: string): string {
  if (separator === '') return digits;
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** Writes a non-negative amount given as integer part and decimal digits, like a spreadsheet would. */
function writeNumber(integer: number, fraction: string, c: Convention): string {
  const separator = c.grouping === 'other-mark' ? (c.decimal === '.' ? ',' : '.') : c.grouping;
  const whole = group(String(integer), separator);
  return fraction === '' ? whole : `${whole}${c.decimal}${fraction}`;
}

function writeTable(header: string[], rows: string[][], c: Convention): Uint8Array {
  return utf8(Papa.unparse([header, ...rows], { delimiter: c.delimiter, newline: '\r\n' }));
}

const count = fc.nat({ max: 2_000_000_000 });
const days = fc.integer({ min: 1, max: 28 });

describe('number conventions round-trip', () => {
  it('counts, and amounts written with two decimals, come back exactly in every convention', () => {
    fc.assert(
      fc.property(
        convention,
        fc.array(fc.record({ day: days, impressions: count, likes: count, cents: fc.nat({ max: 1e9 }) }), {
          minLength: 1,
          maxLength: 20,
        }),
        (c, records) => {
          const rows = records.map((r, i) => [
            `2026-10-${String(r.day).padStart(2, '0')}`,
            `Channel ${i}`,
            writeNumber(r.impressions, '', c),
            writeNumber(r.likes, '', c),
            writeNumber(Math.floor(r.cents / 100), String(r.cents % 100).padStart(2, '0'), c),
          ]);
          const { prepared } = importText(
            writeTable(['Date', 'Channel', 'Impressions', 'Likes', 'Cost'], rows, c),
          );
          expect(prepared.ready).toBe(true);
          expect(prepared.skipped).toEqual([]);
          expect(prepared.rows.map((row) => row.cells.slice(2))).toEqual(
            records.map((r) => [
              r.impressions,
              r.likes,
              Number(`${Math.floor(r.cents / 100)}.${String(r.cents % 100).padStart(2, '0')}`),
            ]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never reads an amount wrongly: each money column is exact or refused', () => {
    fc.assert(
      fc.property(
        convention,
        fc.array(
          fc.record({
            integer: fc.nat({ max: 10_000_000 }),
            fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{1,3}$/)),
            likes: count,
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (c, records) => {
          const rows = records.map((r, i) => [
            '2026-10-01',
            `Channel ${i}`,
            writeNumber(r.likes, '', c),
            writeNumber(r.integer, r.fraction, c),
          ]);
          const { prepared } = importText(writeTable(['Date', 'Channel', 'Likes', 'Cost'], rows, c));
          const costRefused = prepared.columnProblems.some((problem) => problem.source === 'Cost');
          expect(prepared.columnProblems.every((problem) => problem.source === 'Cost')).toBe(true);
          expect(prepared.rows.map((row) => row.cells[2])).toEqual(records.map((r) => r.likes));
          if (!costRefused) {
            expect(prepared.rows.map((row) => row.cells[3])).toEqual(
              records.map((r) =>
                Number(r.fraction === '' ? String(r.integer) : `${r.integer}.${r.fraction}`),
              ),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parsing in pieces', () => {
  const cell = fc.oneof(fc.string(), fc.constantFrom('a\nb', 'x,y', '"q"', 'a\r\nb', ''));
  it('gives the same rows as parsing the whole text, quoted line breaks included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 40 }),
        (table, size) => {
          const text = Papa.unparse(table, { quotes: true, newline: '\n' });
          const pieces = splitAtRecordBoundaries(text, size);
          expect(pieces.join('')).toBe(text);
          expect(pieces.flatMap((piece) => parseCsv(piece, ','))).toEqual(parseCsv(text, ','));
        },
      ),
      { numRuns: 300 },
    );
  });
});
