/*
 * Report periods (week, month, quarter) and what a key that is not one gets as a message. Each
 * message starts with the field at fault: the dialog's label or the command line's flag.
 */
export const periods = {
  /** A period of each kind, as the messages below name it. */
  kindsWithArticle: { week: 'a week', month: 'a month', quarter: 'a quarter' },
  /** How to write a key of each kind, with an example. */
  keyForms: {
    week: 'YYYY-Www, such as 2026-W43 (ISO weeks run Monday to Sunday)',
    month: 'YYYY-MM, such as 2026-10',
    quarter: 'YYYY-Qn, such as 2026-Q4',
  },
  keyNotText: (field: string, given: string) =>
    `${field}: the period must be text such as "2026-W43", "2026-10" or "2026-Q4", not ${given}.`,
  keyNotAPeriod: (field: string, text: string) =>
    `${field}: “${text}” is not a period. Write a week as 2026-W43, a month as 2026-10 or a quarter as 2026-Q4.`,
  keyNotOfKind: (field: string, text: string, kind: string, form: string) =>
    `${field}: “${text}” is not ${kind}. Write it as ${form}.`,
  keyYearOutOfRange: (field: string, text: string) =>
    `${field}: “${text}” has a year outside 1000–9999. Write the year with four digits.`,
  keyNoSuchWeek: (field: string, text: string, year: number, weeks: number) =>
    `${field}: “${text}” is not a week: ${year} has ${weeks} ISO weeks, numbered 01 to ${weeks}.`,
  keyNoSuchMonth: (field: string, text: string) =>
    `${field}: “${text}” is not a month: months are numbered 01 to 12.`,
  keyNoSuchQuarter: (field: string, text: string) =>
    `${field}: “${text}” is not a quarter: quarters are numbered Q1 to Q4.`,
};
