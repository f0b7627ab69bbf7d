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
  columnAliases: {
    followers: ['Người theo dõi', 'Lượt theo dõi', 'Số người theo dõi'],
    net_new_followers: ['Người theo dõi mới ròng', 'Tăng trưởng người theo dõi ròng'],
    impressions: ['Lượt hiển thị', 'Số lần hiển thị'],
    reach: ['Phạm vi tiếp cận', 'Lượt tiếp cận'],
    likes: ['Lượt thích', 'Cảm xúc', 'Lượt bày tỏ cảm xúc'],
    comments: ['Bình luận', 'Lượt bình luận'],
    shares: ['Chia sẻ', 'Lượt chia sẻ'],
    saves: ['Lượt lưu'],
    profile_visits: ['Lượt truy cập trang cá nhân', 'Lượt xem trang cá nhân'],
    mentions: ['Lượt đề cập', 'Lượt nhắc đến'],
    competitor_mentions: ['Lượt đề cập đối thủ'],
    positive_mentions: ['Đề cập tích cực'],
    negative_mentions: ['Đề cập tiêu cực'],
    neutral_mentions: ['Đề cập trung lập'],
    clicks: ['Lượt nhấp', 'Lượt nhấp vào liên kết'],
    sessions: ['Phiên', 'Phiên truy cập'],
    bounces: ['Lượt thoát', 'Phiên thoát'],
    conversions: ['Chuyển đổi', 'Lượt chuyển đổi'],
    leads: ['Khách hàng tiềm năng'],
    cost: ['Chi phí', 'Số tiền đã chi tiêu'],
    revenue: ['Doanh thu'],
    messages: ['Tin nhắn', 'Tin nhắn nhận được'],
    replies: ['Phản hồi', 'Tin nhắn đã trả lời'],
    testimonials: ['Lời chứng thực', 'Đánh giá của khách hàng'],
  },
  rateHeader: /tỷ lệ/,
  allChannels: ['tất cả kênh', 'tất cả các kênh'],
  menu,
  permissions,
} as const satisfies LanguagePack;
