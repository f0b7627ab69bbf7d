import type { Catalogue } from '../en';
import { familyNames } from './names';

export const about: Catalogue['about'] = {
  title: 'Social KPIs: tra cứu KPI',
  /** The period-total example comes from the registry, in the language's notation. */
  intro: (totalExample: string) =>
    `Nhập các hàm này vào bất kỳ ô nào. Tỷ lệ là số thập phân: bấm nút % để hiển thị 0,0425 thành 4,25 %. Hàm tính theo từng hàng của dải ô; để có tổng của cả kỳ, hãy dùng tổng, ví dụ ${totalExample}.`,
  contents: 'Nhóm chỉ số',
  familyTitles: familyNames,
  columns: { fn: 'Hàm', meaning: 'Ý nghĩa', example: 'Ví dụ' },
  formula: 'Công thức',
  countedTitle: 'KPI dạng đếm',
  countedIntro: 'Đây là các cột của trang tính dữ liệu mà báo cáo cộng dồn hoặc giữ nguyên, không phải hàm:',
  higherIsBetter: '↑ càng cao càng tốt',
  lowerIsBetter: '↓ càng thấp càng tốt',
  version: 'Phiên bản',
};
