import type { Catalogue } from '../en';

export const digest: Catalogue['digest'] = {
  subject: (period: string, spreadsheet: string) => `Báo cáo KPI ${period}: ${spreadsheet}`,
  periodLabel: (key: string, first: string, last: string) => `${key} (${first} – ${last})`,
  intro: (period: string, spreadsheet: string) =>
    `Báo cáo KPI cho kỳ ${period} đã sẵn sàng trong “${spreadsheet}”.`,
  improvements: 'Cải thiện nhiều nhất',
  declines: 'Giảm sút nhiều nhất',
  goalsOnTrack: 'Mục tiêu đúng tiến độ',
  goalsOffTrack: 'Mục tiêu chậm tiến độ',
  dataQuality: 'Chất lượng dữ liệu',
  noneToShow: 'Không có.',
  change: (kpi: string, channel: string, change: string) => `${kpi} (${channel}): ${change}`,
  openReport: 'Mở báo cáo',
  reportTab: (tab: string) => `Trang tính: ${tab}`,
  footer: 'Được gửi bởi Social KPIs cho Google Trang tính. Mức thay đổi chỉ so sánh các kỳ có đủ dữ liệu.',
  testNote: 'Thử nghiệm: bản tóm tắt này chỉ được gửi cho bạn.',
  addressesField: 'Người nhận bản tóm tắt',
  noAddresses: (field: string) => `${field}: hãy thêm ít nhất một địa chỉ email, hoặc tắt bản tóm tắt.`,
  badAddresses: (field: string, bad: string[]) =>
    `${field}: ${bad.map((address) => `“${address}”`).join(', ')} không phải là địa chỉ email. Hãy ngăn cách các địa chỉ bằng dấu phẩy.`,
  tooManyAddresses: (field: string, count: number, limit: number) =>
    `${field}: ${count} địa chỉ là nhiều hơn ${limit} địa chỉ mà một email có thể gửi tới.`,
};
