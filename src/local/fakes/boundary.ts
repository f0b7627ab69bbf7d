/*
 * The one place where fakes become Apps Script types. Each fake class `implements Pick<...>` of
 * the real interface, so a signature drift fails to compile there; here the partial object is
 * handed out as the full type, which callers (the add-on code) expect.
 */

/**
 * `Partial<T>` makes TypeScript check every member the fake shares with `T`; only the members
 * the fake lacks are taken on trust.
 */
export function exposeAs<T>(fake: Partial<T>): T {
  return fake as T;
}

/**
 * Apps Script enum members are objects that print as their names (`String(Button.OK) === 'OK'`)
 * and compare by identity. The typings declare numeric enums with no runtime value, so the fakes
 * build them here; identity also lets an overload tell a visibility from a value string.
 */
export function enumOf<E>(names: readonly string[]): E {
  const members = names.map((name) => [name, Object.freeze({ toString: () => name, toJSON: () => name })]);
  return Object.freeze(Object.fromEntries(members)) as unknown as E;
}

/** Turns an enum member back into its name, for recording and snapshots. */
export function enumName(member: unknown): string {
  return String(member);
}

/**
 * For chart builders only: Apps Script has one typed builder per chart type, identical except
 * that each returns its own type. One fake serves them all, so the compiler cannot compare them.
 */
export function exposeUnchecked<T>(fake: object): T {
  return fake as T;
}

export const Button = enumOf<typeof GoogleAppsScript.Base.Button>(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = enumOf<typeof GoogleAppsScript.Base.ButtonSet>([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);

export const BorderStyle = enumOf<typeof GoogleAppsScript.Spreadsheet.BorderStyle>([
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);

export const BooleanCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>([
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'DATE_AFTER_RELATIVE',
  'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);

export const DataValidationCriteria = enumOf<typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria>([
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);

export const DeveloperMetadataVisibility = enumOf<
  typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility
>(['DOCUMENT', 'PROJECT']);

export const InterpolationType = enumOf<typeof GoogleAppsScript.Spreadsheet.InterpolationType>([
  'NUMBER',
  'PERCENT',
  'PERCENTILE',
  'MIN',
  'MAX',
]);

export const ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);

export const Position = enumOf<typeof GoogleAppsScript.Charts.Position>(['TOP', 'RIGHT', 'BOTTOM', 'NONE']);

export const AuthModeEnum = enumOf<typeof GoogleAppsScript.Script.AuthMode>([
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]);
