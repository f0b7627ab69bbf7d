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
  and: ' và ',
};
