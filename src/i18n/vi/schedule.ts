import type { Catalogue } from '../en';

export const schedule: Catalogue['schedule'] = {
  title: 'Lên lịch báo cáo',
  intro: 'Tự động tạo báo cáo cho kỳ vừa kết thúc và, nếu muốn, gửi email tóm tắt ngắn.',
  frequencyLabel: 'Tạo',
  frequencies: {
    week: 'Hằng tuần, sáng thứ Hai (tuần trước)',
    month: 'Hằng tháng, ngày 1 (tháng trước)',
    quarter: 'Hằng quý, ngày 1 tháng 1, 4, 7 và 10 (quý trước)',
  },
  hourLabel: 'Vào khoảng',
  hourOption: (hour, timeZone) => `${hour} (${timeZone})`,
  digestLabel: 'Gửi email tóm tắt tới',
  digestHint: 'Các địa chỉ cách nhau bằng dấu phẩy. Để trống nếu không gửi gì.',
  turnOn: 'Bật',
  save: 'Lưu thay đổi',
  turnOff: 'Tắt',
  sendTest: 'Gửi thử bản tóm tắt cho tôi',
  close: 'Đóng',
  working: 'Đang xử lý…',
  off: 'Bảng tính này chưa bật lịch nào.',
  onBy: (who, since) => `Đang bật, do ${who} thiết lập ngày ${since}.`,
  someone: 'một cộng tác viên',
  next: (when, period) => `Báo cáo tiếp theo: ${period}, ${when}.`,
  recipients: (count) =>
    count === 0 ? 'Không gửi bản tóm tắt.' : `Bản tóm tắt được gửi tới ${count} địa chỉ.`,
  notYours: (who) =>
    `${who} đã thiết lập lịch này; lịch chạy dưới tên họ. Bật lịch cho chính bạn sẽ thay thế lịch của họ (khi đó lịch chạy dưới tên bạn), còn tắt lịch sẽ dừng lịch cho mọi người.`,
  triggerGone:
    'Trình kích hoạt của bạn cho lịch này không còn nữa: nó đã bị xoá bên ngoài hộp thoại này (trên trang trình kích hoạt của Apps Script, hoặc cùng với tiện ích), nên không báo cáo nào được tạo. Hãy bật lại lịch, hoặc tắt lịch.',
  lastBuilt: (when, tab) => `Lần chạy gần nhất ${when}: đã tạo “${tab}”.`,
  lastSkipped: (when, tab) => `Lần chạy gần nhất ${when}: “${tab}” đã khớp với dữ liệu.`,
  lastFailed: (when, message) => `Lần chạy gần nhất ${when} thất bại: ${message}`,
  digestSent: (count) => `Đã gửi bản tóm tắt tới ${count} địa chỉ.`,
  digestFailed: (message) => `Chưa gửi được bản tóm tắt: ${message}`,
  saved: 'Lịch đã bật.',
  turnedOff: 'Lịch đã tắt.',
  testSent: (address) => `Đã gửi bản tóm tắt thử chỉ tới ${address}.`,
  noAddress: 'Apps Script không cho tiện ích biết địa chỉ email của bạn nên không thể gửi thử.',
  quotaLeft: (left, needed) =>
    `Hôm nay Google chỉ cho tài khoản này gửi thêm tới ${left} người nhận; bản tóm tắt cần ${needed}.`,
  badFrequency: (field) => `${field}: hãy chọn hằng tuần, hằng tháng hoặc hằng quý.`,
  badHour: (field) => `${field}: hãy chọn một giờ từ 00:00 đến 23:00.`,
  busy: 'Một cộng tác viên đang thay đổi lịch. Hãy thử lại sau giây lát.',
  buildBusy: 'một lần tạo báo cáo khác đang chạy.',
  qualityLine: (period, when, message) => `Lần tạo theo lịch cho ${period} ngày ${when} thất bại: ${message}`,
};
