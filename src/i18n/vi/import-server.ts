import type { Catalogue } from '../en';

export const importServer: Catalogue['importServer'] = {
  dialogTitle: 'Nhập CSV',
  rowDuplicateInFile: (firstRow: number) => `trùng ngày, kênh và bài đăng với dòng ${firstRow}`,
  rowAlreadyInSheet: 'đã có trong trang tính (trùng ngày, kênh và bài đăng)',
  rowMalformed: 'không đọc được dòng này',
  rowBadCurrency: (value: string) => `Tiền tệ là “${value}”, không phải mã tiền tệ như VND, SEK, EUR hay USD`,
  busy: 'Có người khác đang thay đổi trang tính dữ liệu. Vui lòng đợi một lát rồi nhập lại.',
  badRequest:
    'Dữ liệu nhập gửi lên có các dòng mà tiện ích không đọc được. Hãy tải lại hộp thoại và thử lại.',
};
