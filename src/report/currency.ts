import { packCurrencies } from '../i18n/packs';

/*
 * Currency is a property of the data, not of the spreadsheet's language (spec: Currency): one
 * spreadsheet setting, defaulting from the locale, that a Currency column overrides row by row.
 * Money is never converted, only labelled: so amounts in two currencies are never added up.
 */

/** A document property, so every collaborator of the spreadsheet sees the same currency. */
export const CURRENCY_PROPERTY = 'socialKpis.currency';

/** ISO 4217 codes the import dialog offers, besides the spreadsheet's own and the file's. */
export const COMMON_CURRENCIES = [
  'SEK',
  'VND',
  'EUR',
  'USD',
  'GBP',
  'NOK',
  'DKK',
  'CHF',
  'JPY',
  'AUD',
  'CAD',
  'SGD',
] as const;

/** Currencies whose everyday amounts have no minor unit. */
const NO_DECIMALS = new Set(['VND', 'JPY', 'KRW', 'ISK', 'CLP', 'IDR', 'HUF']);

/** How the amount is labelled: a prefix or a suffix symbol; any other currency shows its code. */
const SYMBOLS: Record<string, { symbol: string; before: boolean }> = {
  SEK: { symbol: 'kr', before: false },
  VND: { symbol: '₫', before: false },
  EUR: { symbol: '€', before: false },
  USD: { symbol: '$', before: true },
  GBP: { symbol: '£', before: true },
  JPY: { symbol: '¥', before: true },
};

/** The spreadsheet's region (en_GB → GB) names its currency; languages without one use these. */
const CURRENCY_BY_REGION: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  IE: 'EUR',
  AU: 'AUD',
  NZ: 'NZD',
  CA: 'CAD',
  IN: 'INR',
  SG: 'SGD',
  PH: 'PHP',
  ZA: 'ZAR',
  NG: 'NGN',
  HK: 'HKD',
  MY: 'MYR',
  SE: 'SEK',
  FI: 'EUR',
  NO: 'NOK',
  DK: 'DKK',
  VN: 'VND',
  DE: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  PT: 'EUR',
  AT: 'EUR',
  BE: 'EUR',
  CH: 'CHF',
  JP: 'JPY',
  KR: 'KRW',
};
/** Our languages' own currencies (their packs), then other languages without a region. */
const CURRENCY_BY_LANGUAGE: Record<string, string> = {
  ...packCurrencies(),
  nb: 'NOK',
  no: 'NOK',
  da: 'DKK',
  fi: 'EUR',
  de: 'EUR',
  fr: 'EUR',
  es: 'EUR',
  it: 'EUR',
  nl: 'EUR',
  pt: 'EUR',
  ja: 'JPY',
  ko: 'KRW',
};

/** The default before anyone chooses: sv → SEK, vi → VND, en_US → USD, en_GB → GBP… */
export function currencyForLocale(locale: string): string {
  const [language, region] = locale.split(/[_-]/);
  return (
    CURRENCY_BY_REGION[(region ?? '').toUpperCase()] ??
    CURRENCY_BY_LANGUAGE[(language ?? '').toLowerCase()] ??
    'USD'
  );
}

/** Symbols a Currency cell may hold instead of a code, where the symbol names one currency. */
const CODE_OF_SYMBOL: Record<string, string> = { '₫': 'VND', '€': 'EUR', '£': 'GBP', đ: 'VND' };

/**
 * A cell or setting as an ISO code ("sek " → "SEK", "₫" → "VND"); undefined for anything that is
 * not one: "kr" and "$" name several currencies, so they are not guessed.
 */
export function readCurrency(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  const symbol = CODE_OF_SYMBOL[trimmed.toLowerCase()];
  if (symbol) return symbol;
  return /^[A-Za-z]{3}$/.test(trimmed) ? trimmed.toUpperCase() : undefined;
}

/** The spreadsheet's currency: the stored setting when it is a code, else the locale's. */
export function spreadsheetCurrency(stored: string | null | undefined, locale: string): string {
  return readCurrency(stored ?? '') ?? currencyForLocale(locale);
}

/** Digits after the decimal point in everyday amounts: none for VND, two for SEK, EUR, USD. */
export function currencyDecimals(currency: string): number {
  return NO_DECIMALS.has(currency) ? 0 : 2;
}

/**
 * A Sheets number format for amounts in the currency, the same in every language: VND without
 * decimals, SEK, EUR and USD with two; the symbol where it names one currency, else the code.
 */
export function currencyFormat(currency: string): string {
  const number = currencyDecimals(currency) === 0 ? '#,##0' : '#,##0.00';
  const known = SYMBOLS[currency];
  if (!known) return `${number} "${currency}"`;
  return known.before ? `"${known.symbol}"${number}` : `${number} "${known.symbol}"`;
}
