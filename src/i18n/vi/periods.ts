import type { Catalogue } from '../en';

export const periods: Catalogue['periods'] = {
  kindsWithArticle: { week: 'một tuần', month: 'một tháng', quarter: 'một quý' },
  keyForms: {
    week: 'YYYY-Www, ví dụ 2026-W43 (tuần ISO từ thứ Hai đến Chủ nhật)',
    month: 'YYYY-MM, ví dụ 2026-10',
    quarter: 'YYYY-Qn, ví dụ 2026-Q4 cho quý bốn',
  },
  keyNotText: (field: string, given: string) =>
    `${field}: kỳ phải là văn bản như "2026-W43", "2026-10" hoặc "2026-Q4", không phải ${given}.`,
  keyNotAPeriod: (field: string, text: string) =>
    `${field}: “${text}” không phải là một kỳ. Hãy viết tuần là 2026-W43, tháng là 2026-10 hoặc quý là 2026-Q4.`,
  keyNotOfKind: (field: string, text: string, kind: string, form: string) =>
    `${field}: “${text}” không phải là ${kind}. Hãy viết theo dạng ${form}.`,
  keyYearOutOfRange: (field: string, text: string) =>
    `${field}: “${text}” có năm nằm ngoài 1000–9999. Hãy viết năm bằng bốn chữ số.`,
  keyNoSuchWeek: (field: string, text: string, year: number, weeks: number) =>
    `${field}: “${text}” không phải là một tuần: năm ${year} có ${weeks} tuần ISO, đánh số từ 01 đến ${weeks}.`,
  keyNoSuchMonth: (field: string, text: string) =>
    `${field}: “${text}” không phải là một tháng: tháng được đánh số từ 01 đến 12.`,
  keyNoSuchQuarter: (field: string, text: string) =>
    `${field}: “${text}” không phải là một quý: quý được đánh số từ Q1 đến Q4.`,
};
