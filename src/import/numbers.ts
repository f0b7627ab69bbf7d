/*
 * Numbers as platforms and spreadsheets write them: "1234", "1 234" (Swedish, with a space or a
 * no-break space), "1,234.5", "1.234,5", "12,5". A cell's decimal mark is certain when the cell
 * says so ("12,5": one comma, not three digits after it; "1.234,5": the last mark is the decimal
 * one); "1,234" alone could be either. The decision is made per file from the cells that are
 * certain, per column where a column is certain on its own, and a column that is still ambiguous
 * is refused rather than guessed: a wrong guess is off by a factor of a thousand.
 */

export type DecimalMark = '.' | ',';

export type NumberToken =
  | { kind: 'blank' }
  | { kind: 'invalid' }
  /** A value whose reading does not depend on the decimal mark. */
  | { kind: 'certain'; value: number; evidence?: DecimalMark }
  /** "1,234": `mark` is a thousands separator (`asGrouped`) or the decimal mark (`asDecimal`). */
  | { kind: 'ambiguous'; mark: DecimalMark; asGrouped: number; asDecimal: number };

/** Platforms write these when there is no data; they mean blank, not zero. */
const NO_DATA = new Set(['-', '--', '–', '—']);

const SPACES = /[ \u00a0\u202f\u2009]/;

function other(mark: DecimalMark): DecimalMark {
  return mark === '.' ? ',' : '.';
}

/** Integer digits grouped by threes: the first group 1–3 digits, the rest exactly 3. */
function validGroups(groups: string[]): boolean {
  return (
    groups[0].length >= 1 &&
    groups[0].length <= 3 &&
    !(groups[0] === '0' && groups.length > 1) &&
    groups.slice(1).every((group) => group.length === 3)
  );
}

function toNumber(negative: boolean, integer: string, fraction: string): number {
  const value = Number(fraction ? `${integer}.${fraction}` : integer);
  return negative ? -value : value;
}

/** Plain digits are most cells of a big export; they skip the general reading below. */
const PLAIN_DIGITS = /^\d{1,15}$/;

export function tokeniseNumber(raw: string): NumberToken {
  if (PLAIN_DIGITS.test(raw)) return { kind: 'certain', value: Number(raw) };
  const text = raw.trim().replace(/\u2212/g, '-');
  if (text === '' || NO_DATA.has(text)) return { kind: 'blank' };
  const match = /^(-?)(\d(?:[\d., \u00a0\u202f\u2009]*\d)?)$/.exec(text);
  if (!match) return { kind: 'invalid' };
  const negative = match[1] === '-';
  const body = match[2];
  // Digit runs and the single characters between them.
  const runs = body.split(/[., \u00a0\u202f\u2009]/);
  const separators = body.replace(/\d/g, '').split('');
  if (runs.some((run) => run === '')) return { kind: 'invalid' }; // two separators in a row
  if (separators.length === 0) return { kind: 'certain', value: toNumber(negative, body, '') };
  const isSpace = (char: string) => SPACES.test(char);
  const last = separators[separators.length - 1];
  const before = separators.slice(0, -1);

  if (isSpace(last)) {
    // Only spaces: a grouped whole number.
    if (!separators.every(isSpace) || !validGroups(runs)) return { kind: 'invalid' };
    return { kind: 'certain', value: toNumber(negative, runs.join(''), '') };
  }
  const mark = last as DecimalMark;
  const sameMarkCount = separators.filter((char) => char === mark).length;
  if (sameMarkCount > 1) {
    // "1,234,567": a mark used twice is grouping, so the decimal mark is the other one.
    if (!separators.every((char) => char === mark) || !validGroups(runs)) return { kind: 'invalid' };
    return { kind: 'certain', value: toNumber(negative, runs.join(''), ''), evidence: other(mark) };
  }
  const fraction = runs[runs.length - 1];
  const integerGroups = runs.slice(0, -1);
  if (before.length > 0) {
    // "1.234,5" or "1 234,5": earlier marks are one grouping character, the last is the decimal mark.
    const grouping = before[0];
    const consistent = before.every((char) => (isSpace(grouping) ? isSpace(char) : char === grouping));
    if (!consistent || grouping === mark || !validGroups(integerGroups)) return { kind: 'invalid' };
    return { kind: 'certain', value: toNumber(negative, integerGroups.join(''), fraction), evidence: mark };
  }
  // One mark only: "12,5", "0,123", "1234,567" are decimals; "1,234" could be either.
  const integer = integerGroups[0];
  const groupingImpossible = fraction.length !== 3 || integer === '0' || integer.length > 3;
  if (groupingImpossible)
    return { kind: 'certain', value: toNumber(negative, integer, fraction), evidence: mark };
  return {
    kind: 'ambiguous',
    mark,
    asGrouped: toNumber(negative, integer + fraction, ''),
    asDecimal: toNumber(negative, integer, fraction),
  };
}

/** What the cells of one column, or of the whole file, say about the decimal mark. */
export interface MarkEvidence {
  /** A cell that proves a decimal point, e.g. "12.5"; undefined when none does. */
  point?: string;
  /** A cell that proves a decimal comma, e.g. "12,5". */
  comma?: string;
}

export function collectEvidence(cells: Iterable<string>, into: MarkEvidence = {}): MarkEvidence {
  for (const cell of cells) {
    if (into.point !== undefined && into.comma !== undefined) break;
    const token = tokeniseNumber(cell);
    if (token.kind !== 'certain' || token.evidence === undefined) continue;
    if (token.evidence === '.') into.point ??= cell.trim();
    else into.comma ??= cell.trim();
  }
  return into;
}

/** What a whole column says, read once per file: its evidence and its first ambiguous cell. */
export interface ColumnNumbers {
  evidence: MarkEvidence;
  firstAmbiguous?: string;
}

/** Adds cells to a column's summary; a big file is summarised slice by slice. */
export function summariseColumn(
  cells: Iterable<string>,
  into: ColumnNumbers = { evidence: {} },
): ColumnNumbers {
  for (const cell of cells) summariseCell(cell, into);
  return into;
}

export function summariseCell(cell: string, into: ColumnNumbers): void {
  const token = tokeniseNumber(cell);
  if (token.kind === 'ambiguous') into.firstAmbiguous ??= cell.trim();
  else if (token.kind === 'certain' && token.evidence !== undefined) {
    if (token.evidence === '.') into.evidence.point ??= cell.trim();
    else into.evidence.comma ??= cell.trim();
  }
}

export type MarkDecision =
  | { kind: 'known'; mark: DecimalMark }
  | { kind: 'unknown' }
  | { kind: 'conflict'; point: string; comma: string };

export function decideMark(evidence: MarkEvidence): MarkDecision {
  if (evidence.point !== undefined && evidence.comma !== undefined) {
    return { kind: 'conflict', point: evidence.point, comma: evidence.comma };
  }
  if (evidence.point !== undefined) return { kind: 'known', mark: '.' };
  if (evidence.comma !== undefined) return { kind: 'known', mark: ',' };
  return { kind: 'unknown' };
}

/**
 * The mark a column is read with: its own cells decide when they can, else the file's. A column
 * whose own cells conflict is refused; a file-level conflict leaves undecided columns unknown.
 */
export function columnMark(column: MarkEvidence, file: MarkEvidence): MarkDecision {
  const own = decideMark(column);
  if (own.kind !== 'unknown') return own;
  const fromFile = decideMark(file);
  return fromFile.kind === 'known' ? fromFile : { kind: 'unknown' };
}

/**
 * Reads one cell with the column's decision. `whole` columns (counts) accept only whole numbers,
 * which settles "1,234" as grouping even when the mark is unknown: 1.234 people is not a count.
 */
export type NumberReading =
  { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid' } | { kind: 'ambiguous' };

export function readNumber(raw: string, decision: MarkDecision, whole: boolean): NumberReading {
  const token = tokeniseNumber(raw);
  if (token.kind === 'blank') return token;
  if (token.kind === 'invalid') return token;
  const mark = decision.kind === 'known' ? decision.mark : undefined;
  if (token.kind === 'certain') {
    // A cell that contradicts its column's mark ("1,234,567" where ',' is decimal) cannot be read.
    if (token.evidence !== undefined && mark !== undefined && token.evidence !== mark)
      return { kind: 'invalid' };
    return { kind: 'number', value: token.value };
  }
  if (mark !== undefined)
    return { kind: 'number', value: token.mark === mark ? token.asDecimal : token.asGrouped };
  if (whole) return { kind: 'number', value: token.asGrouped };
  return { kind: 'ambiguous' };
}
