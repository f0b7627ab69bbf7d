import type { LanguagePack } from '../pack';
import { menu } from './menu';
import { permissions } from './permissions';

/**
 * Vietnamese: vi_VN spreadsheets, decimal comma, đồng. Its months are numbered ("tháng 10"), so
 * it names none; the "tháng"/"thg" patterns live in import/dates.ts.
 */
export const pack = {
  localePrefixes: ['vi'],
  decimalComma: true,
  currency: 'VND',
  months: {},
  weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'],
  headerAliases: {
    date: ['Ngày'],
    channel: ['Kênh', 'Nền tảng'],
    post_id: ['ID bài viết'],
    currency: ['Tiền tệ', 'Đơn vị tiền tệ'],
  },
  menu,
  permissions,
} as const satisfies LanguagePack;
