/**
 * Separators per spreadsheet locale. Sheets formats and parses with the spreadsheet's locale, so
 * a Swedish file shows 1 234,50 and reads "1,5" as a number while "1.5" stays text.
 * Only the locales the add-on is likely to meet are listed; others fall back to en_US.
 */
export interface LocaleSymbols {
  decimal: string;
  group: string;
}

const COMMA_DECIMAL_SPACE_GROUP: LocaleSymbols = { decimal: ',', group: '\u00a0' };
const COMMA_DECIMAL_DOT_GROUP: LocaleSymbols = { decimal: ',', group: '.' };
const DOT_DECIMAL: LocaleSymbols = { decimal: '.', group: ',' };

const BY_LANGUAGE: Record<string, LocaleSymbols> = {
  en: DOT_DECIMAL,
  sv: COMMA_DECIMAL_SPACE_GROUP,
  fi: COMMA_DECIMAL_SPACE_GROUP,
  nb: COMMA_DECIMAL_SPACE_GROUP,
  no: COMMA_DECIMAL_SPACE_GROUP,
  fr: COMMA_DECIMAL_SPACE_GROUP,
  da: COMMA_DECIMAL_DOT_GROUP,
  de: COMMA_DECIMAL_DOT_GROUP,
  es: COMMA_DECIMAL_DOT_GROUP,
  it: COMMA_DECIMAL_DOT_GROUP,
  nl: COMMA_DECIMAL_DOT_GROUP,
  pt: COMMA_DECIMAL_DOT_GROUP,
  vi: COMMA_DECIMAL_DOT_GROUP,
};

export function localeSymbols(locale: string): LocaleSymbols {
  return BY_LANGUAGE[locale.split(/[_-]/)[0].toLowerCase()] ?? DOT_DECIMAL;
}
