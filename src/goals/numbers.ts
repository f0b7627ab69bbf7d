import type { Direction, KpiUnit } from '../kpi/types';
import type { IssueCode, IssueParams } from './types';

/*
 * Numbers as people type them in Swedish, Vietnamese and English: decimal comma or point, an ASCII
 * or Unicode minus, "%" with or without a space, spaces between thousands. Nothing is guessed:
 * "1.500" in a comma-decimal locale could be 1.5 or 1500, so it is refused with both readings.
 */

export type ParsedNumber =
  | { ok: true; value: number; sign: '+' | '-' | null; percent: boolean }
  | { ok: false; code: IssueCode; params: IssueParams };

export type ParsedTarget =
  | { ok: true; kind: 'absolute'; value: number }
  /** A change from the baseline as a fraction: +35 % is 0.35. */
  | { ok: true; kind: 'change'; change: number }
  | { ok: false; code: IssueCode; params: IssueParams };

const MINUS = /[\u2212\u2012\u2013\u2014\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u202F\u2007]+/g;
const GROUPED_SPACE = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;

/** The decimal separator of a spreadsheet locale such as "sv_SE", "vi_VN", "en_US". */
export function decimalSeparator(locale: string): '.' | ',' {
  const language = locale.toLowerCase().slice(0, 2);
  return language === 'en' || language === 'zh' || language === 'ja' || language === 'ko' || language === 'th'
    ? '.'
    : ',';
}

export function parseNumberText(raw: string, locale: string): ParsedNumber {
  const fail = (code: IssueCode, extra: IssueParams = {}): ParsedNumber => ({
    ok: false,
    code,
    params: { text: raw, ...extra },
  });
  let text = raw
    .replace(MINUS, '-')
    .replace(/\uFF05/g, '%')
    .replace(SPACES, ' ')
    .trim();
  let sign: '+' | '-' | null = null;
  if (text.startsWith('+') || text.startsWith('-')) {
    sign = text[0] as '+' | '-';
    text = text.slice(1).trim();
  }
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = text.slice(0, -1).trim();
  }
  const digits = normalizeDigits(text, decimalSeparator(locale));
  if (digits === null) return fail('notANumber');
  if ('ambiguous' in digits) return fail('ambiguousNumber', digits.ambiguous);
  const magnitude = Number(digits.plain);
  if (!Number.isFinite(magnitude)) return fail('notANumber');
  return { ok: true, value: sign === '-' ? -magnitude : magnitude, sign, percent };
}

/** "1 234,5" → "1234.5"; null when it is not a plain number. */
function normalizeDigits(
  text: string,
  decimal: '.' | ',',
): { plain: string } | { ambiguous: { asDecimal: string; asThousands: string } } | null {
  if (GROUPED_SPACE.test(text)) text = text.replace(/ /g, '');
  if (/^\d+$/.test(text)) return { plain: text };
  if (/^\d*[.,]\d+$/.test(text)) {
    const separator = /[.,]/.exec(text)?.[0];
    const [whole, fraction] = text.split(/[.,]/);
    const asDecimal = `${whole || '0'}.${fraction}`;
    // "1.500" with "," as the locale's decimal mark reads as a thousands group: refuse to guess.
    if (separator !== decimal && /^[1-9]\d{0,2}$/.test(whole) && fraction.length === 3) {
      // Each reading as this locale writes it: "1.500" in Swedish could mean 1,5 or 1500.
      const decimalReading = String(Number(asDecimal)).replace('.', decimal);
      return { ambiguous: { asDecimal: decimalReading, asThousands: `${whole}${fraction}` } };
    }
    return { plain: asDecimal };
  }
  // Both marks, or a mark repeated: grouping then (optionally) one decimal mark, e.g. 1,234.5 or 1.234.567
  const grouped = /^(\d{1,3})((?:([.,])\d{3})(?:\3\d{3})*)(?:([.,])(\d+))?$/.exec(text);
  if (grouped && grouped[4] !== grouped[3]) {
    if (grouped[4] === undefined && grouped[3] === decimal) return null;
    return { plain: `${grouped[1]}${grouped[2].replace(/[.,]/g, '')}${grouped[5] ? `.${grouped[5]}` : ''}` };
  }
  return null;
}

/**
 * Per cent to a fraction by moving the decimal point, not dividing: 3.6 / 100 is
 * 0.036000000000000004, which would land in the Goals tab as typed by nobody.
 */
function fromPercent(value: number): number {
  const text = String(value);
  // Huge or tiny numbers print with an exponent already; there the division is as good as any.
  return /e/i.test(text) ? value / 100 : Number(`${text}e-2`);
}

/**
 * An absolute value of a KPI: "4,5 %" is 0.045 for a rate; "%" is refused for other units,
 * where it would be a guess.
 */
export function parseValueText(raw: string, unit: KpiUnit | null, locale: string): ParsedNumber {
  const parsed = parseNumberText(raw, locale);
  if (!parsed.ok) return parsed;
  if (parsed.percent) {
    if (unit !== 'fraction') return { ok: false, code: 'percentNotForUnit', params: { text: raw } };
    return { ...parsed, value: fromPercent(parsed.value) };
  }
  return parsed;
}

/**
 * A target: a signed percentage ("+35 %", "−10%", "+2,5 %") is a change from the baseline;
 * anything else is a value of the KPI ("4,5 %", "0.045", "-20" for NPS).
 */
export function parseTargetText(raw: string, unit: KpiUnit | null, locale: string): ParsedTarget {
  const parsed = parseNumberText(raw, locale);
  if (!parsed.ok) return parsed;
  if (parsed.percent && parsed.sign !== null) {
    return { ok: true, kind: 'change', change: fromPercent(parsed.value) };
  }
  const value = parseValueText(raw, unit, locale);
  if (!value.ok) return value;
  return { ok: true, kind: 'absolute', value: value.value };
}

/**
 * The target value for a change from the baseline. A negative baseline (NPS, sentiment) moves by
 * its magnitude, like GROWTH_RATE: +10 % on −20 is −18. Null when the baseline is 0.
 */
export function applyChange(baseline: number, change: number): number | null {
  if (baseline === 0) return null;
  return baseline + Math.abs(baseline) * change;
}

/** Counts and stocks (likes, followers, reach) are whole numbers in baselines, targets and forecasts. */
export function countsWholeThings(unit: KpiUnit | null): boolean {
  return unit === 'count' || unit === 'people';
}

/**
 * Whether a number is whole, allowing for binary fractions: 1000 × 1.1 is 1100.0000000000002,
 * which no one would call a fraction of a follower.
 */
export function isWhole(value: number): boolean {
  return Math.abs(value - Math.round(value)) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** The nearest whole number: for measured figures (baselines, forecasts), which lean no way. */
export function roundWhole(value: number): number {
  const rounded = Math.round(value);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * A count's target from a change (+35 % of 1,234 is 1,665.9) as a whole number, rounded so the
 * goal is at least as ambitious as typed: up where higher is better (1,666), down where lower is.
 * What the user typed stays as typed; only the value the goal is measured against is whole.
 */
export function roundTargetAmbitiously(value: number, direction: Direction): number {
  if (isWhole(value)) return roundWhole(value);
  return roundWhole(direction === 'up' ? Math.ceil(value) : Math.floor(value));
}
