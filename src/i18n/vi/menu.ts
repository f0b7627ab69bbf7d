import type { Catalogue } from '../en';

export const menu: Catalogue['menu'] = {
  setUpDataSheet: 'Tạo trang tính dữ liệu',
  importCsv: 'Nhập CSV…',
  buildReport: 'Tạo báo cáo',
  schedule: 'Lên lịch báo cáo…',
  goals: 'Mục tiêu SMART',
  about: 'Trợ giúp / Giới thiệu',
};
