import type { Catalogue } from '../en';

export const periods: Catalogue['periods'] = {
  kindsWithArticle: { week: 'en vecka', month: 'en månad', quarter: 'ett kvartal' },
  keyForms: {
    week: 'ÅÅÅÅ-Wvv, till exempel 2026-W43 (ISO-veckor går från måndag till söndag)',
    month: 'ÅÅÅÅ-MM, till exempel 2026-10',
    quarter: 'ÅÅÅÅ-Qn, till exempel 2026-Q4 för fjärde kvartalet',
  },
  keyNotText: (field: string, given: string) =>
    `${field}: perioden ska vara text som "2026-W43", "2026-10" eller "2026-Q4", inte ${given}.`,
  keyNotAPeriod: (field: string, text: string) =>
    `${field}: ”${text}” är ingen period. Skriv en vecka som 2026-W43, en månad som 2026-10 eller ett kvartal som 2026-Q4.`,
  keyNotOfKind: (field: string, text: string, kind: string, form: string) =>
    `${field}: ”${text}” är inte ${kind}. Skriv perioden som ${form}.`,
  keyYearOutOfRange: (field: string, text: string) =>
    `${field}: ”${text}” har ett år utanför 1000–9999. Skriv året med fyra siffror.`,
  keyNoSuchWeek: (field: string, text: string, year: number, weeks: number) =>
    `${field}: ”${text}” är ingen vecka: ${year} har ${weeks} ISO-veckor, numrerade 01 till ${weeks}.`,
  keyNoSuchMonth: (field: string, text: string) =>
    `${field}: ”${text}” är ingen månad: månaderna numreras 01 till 12.`,
  keyNoSuchQuarter: (field: string, text: string) =>
    `${field}: ”${text}” är inget kvartal: kvartalen numreras Q1 till Q4.`,
};
