import type { Catalogue } from '../en';

export const goalsTab: Catalogue['goalsTab'] = {
  allChannels: 'Tất cả kênh',
  headers: {
    id: 'ID',
    what: 'Nội dung',
    kpiId: 'KPI',
    channel: 'Kênh',
    baseline: 'Mức cơ sở',
    baselineWindow: 'Khoảng đo mức cơ sở',
    baselineMonths: 'Các tháng đo mức cơ sở',
    target: 'Chỉ tiêu (như đã nhập)',
    targetValue: 'Giá trị chỉ tiêu',
    start: 'Ngày bắt đầu',
    deadline: 'Hạn chót',
    owner: 'Người phụ trách',
    why: 'Vì sao quan trọng',
    version: 'Phiên bản',
    updatedBy: 'Người sửa',
    updatedAt: 'Thời điểm sửa',
  },
};
