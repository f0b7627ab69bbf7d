/*
 * Conditional formats evaluated the way Sheets applies them: for each cell the first rule (in
 * the sheet's rule order) whose condition holds sets its style; colour scales interpolate.
 * Covered: number comparisons, text tests, empty/not empty, and 2- or 3-point colour scales.
 * Custom formulas and date conditions are not evaluated (the cell keeps its own style).
 */
import type { CellView, ConditionalRuleView, GradientPointView, SheetView, ViewValue } from '../view-model';

export interface ConditionalStyle {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
}

function asNumber(value: ViewValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value);
  return null;
}

function asText(value: ViewValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.date;
  return String(value);
}

export function conditionHolds(
  condition: NonNullable<ConditionalRuleView['condition']>,
  value: ViewValue,
): boolean {
  const [first, second] = condition.values;
  const n = asNumber(value);
  const a = asNumber(first ?? null);
  const b = asNumber(second ?? null);
  const text = asText(value).toLowerCase();
  const needle = asText(first ?? null).toLowerCase();
  switch (condition.type) {
    case 'NUMBER_GREATER_THAN':
      return n !== null && a !== null && n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return n !== null && a !== null && n >= a;
    case 'NUMBER_LESS_THAN':
      return n !== null && a !== null && n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return n !== null && a !== null && n <= a;
    case 'NUMBER_EQUAL_TO':
      return n !== null && a !== null && n === a;
    case 'NUMBER_NOT_EQUAL_TO':
      return n !== null && a !== null && n !== a;
    case 'NUMBER_BETWEEN':
      return n !== null && a !== null && b !== null && n >= Math.min(a, b) && n <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN':
      return n !== null && a !== null && b !== null && (n < Math.min(a, b) || n > Math.max(a, b));
    case 'TEXT_CONTAINS':
      return text.includes(needle);
    case 'TEXT_DOES_NOT_CONTAIN':
      return !text.includes(needle);
    case 'TEXT_EQUAL_TO':
      return text === needle;
    case 'TEXT_STARTS_WITH':
      return text.startsWith(needle);
    case 'TEXT_ENDS_WITH':
      return text.endsWith(needle);
    case 'CELL_EMPTY':
      return value === null || value === '';
    case 'CELL_NOT_EMPTY':
      return value !== null && value !== '';
    default:
      return false;
  }
}

function parseHex(color: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  return match ? [parseInt(match[1], 16), parseInt(match[2], 16), parseInt(match[3], 16)] : null;
}

export function mixColors(from: string, to: string, share: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  if (!a || !b) return share < 0.5 ? from : to;
  const t = Math.min(1, Math.max(0, share));
  return `#${a
    .map((channel, i) =>
      Math.round(channel + (b[i] - channel) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The least and greatest of many numbers by a loop: Math.min(...numbers) passes each as an
 * argument, which overflows the stack past about 125,000 cells.
 */
function extremes(numbers: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const n of numbers) {
    if (n < min) min = n;
    if (n > max) max = n;
  }
  return { min, max };
}

function pointValue(point: GradientPointView, numbers: number[], fallback: number): number {
  const { min, max } = extremes(numbers);
  const given = Number(point.value);
  switch (point.type) {
    case 'MIN':
      return min;
    case 'MAX':
      return max;
    case 'NUMBER':
      return Number.isFinite(given) ? given : fallback;
    case 'PERCENT':
      return Number.isFinite(given) ? min + ((max - min) * given) / 100 : fallback;
    case 'PERCENTILE': {
      if (!Number.isFinite(given)) return fallback;
      const sorted = [...numbers].sort((x, y) => x - y);
      return sorted[
        Math.min(sorted.length - 1, Math.max(0, Math.round(((sorted.length - 1) * given) / 100)))
      ];
    }
    default:
      return fallback;
  }
}

function inRule(rule: ConditionalRuleView, cell: { row: number; column: number }): boolean {
  return rule.ranges.some(
    (rect) =>
      cell.row >= rect.row &&
      cell.row < rect.row + rect.numRows &&
      cell.column >= rect.column &&
      cell.column < rect.column + rect.numColumns,
  );
}

/** Style overrides by "row:column" for every cell a rule applies to. */
export function conditionalStyles(sheet: SheetView): Map<string, ConditionalStyle> {
  const styles = new Map<string, ConditionalStyle>();
  for (const rule of sheet.conditionalFormats) {
    const cells = sheet.cells.filter((cell) => inRule(rule, cell));
    if (rule.gradient) {
      const numbered = cells
        .map((cell) => ({ cell, n: asNumber(cell.value) }))
        .filter((entry): entry is { cell: CellView; n: number } => entry.n !== null);
      const numbers = numbered.map((entry) => entry.n);
      const { min, mid, max } = rule.gradient;
      if (!min || !max || numbers.length === 0) continue;
      const range = extremes(numbers);
      const low = pointValue(min, numbers, range.min);
      const high = pointValue(max, numbers, range.max);
      const middle = mid ? pointValue(mid, numbers, (low + high) / 2) : null;
      for (const { cell, n } of numbered) {
        const key = `${cell.row}:${cell.column}`;
        if (styles.has(key)) continue;
        let color: string;
        if (mid && middle !== null) {
          color =
            n <= middle
              ? mixColors(min.color, mid.color, middle === low ? 1 : (n - low) / (middle - low))
              : mixColors(mid.color, max.color, high === middle ? 1 : (n - middle) / (high - middle));
        } else {
          color = mixColors(min.color, max.color, high === low ? 1 : (n - low) / (high - low));
        }
        styles.set(key, { background: color });
      }
      continue;
    }
    if (!rule.condition) continue;
    for (const cell of cells) {
      const key = `${cell.row}:${cell.column}`;
      if (styles.has(key) || !conditionHolds(rule.condition, cell.value)) continue;
      styles.set(key, { ...rule.style });
    }
  }
  return styles;
}
