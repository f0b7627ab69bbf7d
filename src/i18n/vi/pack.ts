import type { LanguagePack } from '../pack';
import { menu } from './menu';
import { permissions } from './permissions';

/**
 * Vietnamese: vi_VN spreadsheets, decimal comma, đồng. Its months are numbered ("tháng 10", "thg
 * 10"), so it names none: its dates are read by their numbered-month words.
 */
export const pack = {
  localePrefixes: ['vi'],
  exampleLocale: 'vi_VN',
  decimalComma: true,
  currency: 'VND',
  months: {},
  numberedMonths: { month: ['tháng', 'thg'], day: ['ngày'], year: ['năm'] },
  weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'],
  headerAliases: {
    date: ['Ngày'],
    channel: ['Kênh', 'Nền tảng'],
    post_id: ['ID bài viết'],
    currency: ['Tiền tệ', 'Đơn vị tiền tệ'],
  },
  allChannels: ['tất cả kênh', 'tất cả các kênh'],
  menu,
  permissions,
} as const satisfies LanguagePack;
