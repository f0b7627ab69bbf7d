import { ENGAGEMENT_TOTAL_EXAMPLE } from '../../kpi/examples';
import type { ColumnHelp, FormulaicKpiHelp } from '../kpi-help';
import { kpiNames } from './names';

/*
 * Ý nghĩa và cách tính của từng KPI, bằng tiếng Việt; khóa là id trong registry
 * (src/kpi/registry.ts). Tên hàm, con số và công thức theo cú pháp Sheets giữ nguyên như registry.
 */

const POOLED_NOTE = 'Để có tổng của cả kỳ, hãy dùng tổng chứ đừng lấy trung bình các tỷ lệ';

const HOW = {
  flow: 'được cộng dồn theo tháng',
  stock: 'là số dư cuối kỳ: lấy giá trị cuối cùng trong tháng, không bao giờ cộng dồn',
  unique: 'là số người duy nhất: không cộng dồn được giữa các ngày, bài đăng hay kênh',
} as const;

/**
 * A counted column, by its name in this language; the data sheet's header stays the canonical
 * English one, as in the sheet. The registry gives the header and how a month adds it up.
 */
export const columnHelp: ColumnHelp = (id, header, how) => {
  return {
    formula: `cột dữ liệu “${header}”: ${HOW[how]}`,
    help: `${kpiNames[id]}: một cột của trang tính dữ liệu, ${HOW[how]}.`,
  };
};

export const kpiHelp = {
  // ----- các cột đếm -----
  engagements: {
    formula:
      'lượt thích (hoặc cảm xúc) + bình luận + lượt chia sẻ + lượt lưu, trong số các cột mà dữ liệu có',
    help: 'Lượt tương tác với bài đăng của bạn. Lượt truy cập trang cá nhân, lượt nhắc đến và lượt nhấp được tính ở các dòng riêng.',
  },

  // ----- Tương tác -----
  engagement_rate: {
    formula: 'lượt tương tác / mẫu số',
    help:
      'Tỷ lệ tương tác là số lượt tương tác chia cho một mẫu số do bạn chọn: phạm vi tiếp cận, lượt hiển thị hoặc người theo dõi. ' +
      'Kết quả là số thập phân (0,0425 = 4,25 %). ' +
      POOLED_NOTE +
      `: ${ENGAGEMENT_TOTAL_EXAMPLE}.`,
  },
  average_engagement_rate: {
    formula: 'trung bình theo bài đăng của (lượt tương tác của bài / người theo dõi)',
    help: 'Trung bình của lượt tương tác từng bài đăng chia cho số người theo dõi: ra một giá trị duy nhất. Đây là KPI duy nhất được định nghĩa là trung bình của các tỷ lệ theo từng bài.',
  },
  applause_rate: {
    formula: 'lượt thích hoặc cảm xúc / người theo dõi',
    help: 'Lượt thích hoặc cảm xúc chia cho số người theo dõi: bao nhiêu phần khán giả tán thưởng nội dung của bạn.',
  },
  amplification_rate: {
    formula: 'lượt chia sẻ / người theo dõi',
    help: 'Lượt chia sẻ chia cho số người theo dõi: khán giả lan tỏa bài đăng của bạn đi xa đến đâu.',
  },
  virality_rate: {
    formula: 'lượt chia sẻ / lượt hiển thị',
    help: 'Lượt chia sẻ chia cho lượt hiển thị.',
  },
  follower_quality: {
    formula: 'lượt tương tác / người theo dõi',
    help: 'Lượt tương tác chia cho số người theo dõi: tỷ lệ khán giả thực sự hành động. Người theo dõi ảo sẽ kéo chỉ số này xuống.',
  },

  // ----- Phạm vi tiếp cận -----
  audience_growth_rate: {
    formula: 'người theo dõi mới ròng / tổng người theo dõi cuối kỳ',
    help: 'Số người theo dõi mới ròng (có thể âm) chia cho tổng số người theo dõi vào cuối kỳ.',
  },
  growth_rate: {
    formula: '(hiện tại − kỳ trước) / |kỳ trước|',
    help: 'Mức thay đổi từ giá trị kỳ trước sang giá trị hiện tại, cho bất kỳ chỉ số và kỳ nào. Không xác định khi giá trị kỳ trước bằng 0.',
  },
  post_reach_rate: {
    formula: 'phạm vi tiếp cận / người theo dõi',
    help: 'Phạm vi tiếp cận chia cho số người theo dõi: một bài đăng đến được bao nhiêu phần khán giả của bạn. Phạm vi tiếp cận là số người duy nhất: đừng cộng dồn giữa các bài đăng.',
  },
  potential_reach: {
    formula: 'tổng số người theo dõi của các tài khoản đã nhắc đến bạn × tỷ lệ',
    help: 'Tổng số người theo dõi của các tài khoản đã nhắc đến bạn, nhân với tỷ lệ người thực sự thấy lượt nhắc đó (mặc định 0,02; từ 0,02–0,05 là thực tế).',
  },
  share_of_voice: {
    formula: 'lượt nhắc đến thương hiệu / (lượt nhắc đến thương hiệu + lượt nhắc đến của mọi đối thủ)',
    help: 'Số lượt nhắc đến bạn trên tổng số lượt nhắc đến trong thị trường của bạn, tính cả của bạn.',
  },

  // ----- Chuyển đổi -----
  ctr: {
    formula: 'lượt nhấp / lượt hiển thị',
    help: 'Tỷ lệ nhấp: số lượt nhấp chia cho số lượt hiển thị.',
  },
  conversion_rate: {
    formula: 'lượt chuyển đổi / lượt nhấp (hoặc phiên truy cập)',
    help: 'Tỷ lệ chuyển đổi: số lượt chuyển đổi chia cho số lượt nhấp, hoặc cho số phiên truy cập, tùy bạn đưa vào giá trị nào.',
  },
  bounce_rate: {
    formula: 'phiên chỉ xem một trang / tổng số phiên',
    help: 'Số phiên chỉ xem một trang chia cho tổng số phiên. Càng thấp càng tốt.',
  },
  cost_per_lead: {
    formula: 'chi phí / khách hàng tiềm năng',
    help: 'Chi phí chia cho số khách hàng tiềm năng, theo đơn vị tiền tệ của bảng tính. Càng thấp càng tốt.',
  },

  // ----- Nhận diện thương hiệu -----
  sentiment_score: {
    formula: '(tích cực − tiêu cực) / (tích cực + tiêu cực + trung lập)',
    help: 'Từ −1 (toàn bộ tiêu cực) đến +1 (toàn bộ tích cực). Lượt nhắc đến trung lập được tính vào mẫu số khi có.',
  },

  // ----- Trải nghiệm khách hàng -----
  response_time: {
    formula: 'trung bình (hoặc trung vị) của thời điểm trả lời − thời điểm nhận, tính bằng giờ',
    help: 'Số giờ từ lúc nhận tin nhắn đến lúc trả lời: trung bình (mặc định) hoặc trung vị trên các hàng có đủ cả hai thời điểm. Càng thấp càng tốt.',
  },
  response_rate: {
    formula: 'đã trả lời / đã nhận',
    help: 'Số tin nhắn đã trả lời chia cho số tin nhắn nhận được.',
  },
  csat: {
    formula: 'tỷ lệ đánh giá ở hai mức cao nhất (≥ scale_max − 1)',
    help: 'Tỷ lệ đánh giá ở hai mức cao nhất (4 và 5 trên thang 1–5). Điểm đánh giá phải là số nguyên từ 1 đến scale_max.',
  },
  nps: {
    formula: '(% điểm 9–10) − (% điểm 0–6)',
    help: 'Tỷ lệ người ủng hộ (9–10) trừ tỷ lệ người phản đối (0–6), tính bằng điểm phần trăm: một chỉ số từ −100 đến +100. Điểm phải là số nguyên từ 0 đến 10.',
  },

  // ----- Tài chính -----
  roi: {
    formula: '(doanh thu − chi phí) / chi phí',
    help: 'Lợi nhuận trên chi phí, dạng số thập phân: 0,5 nghĩa là bạn thu hồi đủ chi phí và lãi thêm một nửa.',
  },
  roas: {
    formula: 'doanh thu / chi phí quảng cáo',
    help: 'Doanh thu trên mỗi đồng chi cho quảng cáo: 3 nghĩa là mỗi đồng chi ra thu về ba đồng.',
  },
  cpc: {
    formula: 'chi phí / lượt nhấp',
    help: 'Chi phí chia cho số lượt nhấp, theo đơn vị tiền tệ của bảng tính. Càng thấp càng tốt.',
  },
  cpm: {
    formula: 'chi phí / lượt hiển thị × 1000',
    help: 'Chi phí cho mỗi nghìn lượt hiển thị, theo đơn vị tiền tệ của bảng tính. Càng thấp càng tốt.',
  },
  cpa: {
    formula: 'chi phí / lượt chuyển đổi',
    help: 'Chi phí chia cho số lượt chuyển đổi, theo đơn vị tiền tệ của bảng tính. Càng thấp càng tốt.',
  },
  clv: {
    formula: 'giá trị đơn hàng trung bình × số đơn mỗi năm × số năm gắn bó × biên lợi nhuận',
    help: 'Giá trị của một khách hàng trong suốt thời gian gắn bó, theo đơn vị tiền tệ của bảng tính. Biên lợi nhuận (0–1) mặc định là 1, tức là tính theo doanh thu.',
  },

  // ----- Mục tiêu -----
  goal_progress: {
    formula: '(hiện tại − mức cơ sở) / (mục tiêu − mức cơ sở)',
    help: 'Bạn đã đi được bao xa từ mức cơ sở đến mục tiêu: 1 là đã đạt, 1,2 là vượt 20 %. Dùng được cả cho mục tiêu giảm một KPI. Không bị giới hạn trong khoảng 0–1.',
  },
} satisfies FormulaicKpiHelp;
