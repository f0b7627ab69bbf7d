import type { Catalogue } from '../en';

export const permissions: Catalogue['permissions'] = {
  title: 'Cần cấp quyền',
  missing: (action, needs) =>
    `${action} cần quyền ${needs}. Quyền này chưa được cấp khi bạn cho phép Social KPIs.`,
  howTo: (action, url) =>
    `Để cấp quyền, hãy mở địa chỉ này, cho phép những gì được liệt kê, rồi chọn lại ${action}:\n${url}`,
  howToWithoutLink: (action) => `Để cấp quyền, hãy chọn lại ${action} và cho phép những gì Google yêu cầu.`,
  spreadsheet: 'xem và chỉnh sửa bảng tính này',
  dialogs: 'hiển thị hộp thoại và thanh bên trong bảng tính này',
  email: 'xem địa chỉ email của bạn, để ghi lại ai đã thay đổi mục tiêu',
  allSpreadsheets:
    'mở bảng tính này khi không ai mở nó, để tạo báo cáo theo lịch (Google gọi quyền này là “tất cả bảng tính của bạn”; tiện ích chỉ mở bảng tính đã thiết lập lịch)',
  triggers: 'chạy báo cáo theo lịch khi bạn vắng mặt',
  mail: 'gửi email tóm tắt cho nhóm dưới tên bạn',
  and: ' và ',
};
