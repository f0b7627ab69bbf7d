import type { PeriodWording, ReportPeriodTexts } from '../en/report-periods';

/* Từ ngữ riêng của báo cáo tuần và báo cáo quý (xem ../en/report-periods.ts). */

/** "tuần" or "quý": Vietnamese does not inflect, so one noun words every sentence. */
function wording(noun: 'tuần' | 'quý', span: string, trend: string): PeriodWording {
  const Noun = noun[0].toUpperCase() + noun.slice(1);
  return {
    reportBeingBuilt: (tab: string, minutes: number) =>
      `Một báo cáo cho ${noun} này đang được tạo trong trang tính “${tab}”. Hãy thử lại sau ${minutes} phút: khi đó, lần tạo bị dừng giữa chừng sẽ được dọn đi.`,
    emptyMonth: (label: string, available: string) =>
      `Dữ liệu không có dòng nào cho ${label}. Các ${noun} có dữ liệu: ${available}.`,
    dialogPrompt: `Bạn muốn tạo báo cáo cho ${noun} nào?`,
    dialogNoMonths: `Trang tính dữ liệu chưa có ${noun} nào có dữ liệu.`,
    dialogNotEnded: `${Noun} này chưa kết thúc nên chưa đầy đủ.`,
    monthTotalLabels: {
      applause_rate: `Lượt thích trên mỗi người theo dõi, ${noun}`,
      amplification_rate: `Lượt chia sẻ trên mỗi người theo dõi, ${noun}`,
      follower_quality: `Lượt tương tác trên mỗi người theo dõi, ${noun}`,
      post_reach_rate: `Phạm vi tiếp cận trên mỗi người theo dõi, ${noun}`,
      virality_rate: `Lượt chia sẻ trên mỗi lượt hiển thị, ${noun}`,
    },
    oneChannel: (channel: string) =>
      `${Noun} này chỉ có một kênh (${channel}) có dữ liệu: Tất cả các kênh chính là kênh đó.`,
    incompleteIntro: `Các ${noun} chưa đầy đủ của một kênh: mức thay đổi không được tô màu và có dấu *.`,
    coverageRunning: ` (${noun} chưa kết thúc)`,
    coveragePosts: (posts: number) => `, ${posts} bài đăng, không trải ${span}`,
    allChannelsChange: (compared: string[], leftOut: string[]) =>
      compared.length > 0
        ? `Mức thay đổi của Tất cả các kênh chỉ so sánh ${compared.join(', ')}, các kênh đầy đủ ở cả hai ${noun}; đã bỏ ra: ${leftOut.join(', ')}.`
        : `Mức thay đổi của Tất cả các kênh không được tô màu: không kênh nào đầy đủ ở cả hai ${noun} (${leftOut.join(', ')}).`,
    baseMissing: (base: string, columns: string[]) =>
      `Mọi cột của tỷ lệ tương tác đều dùng ${base}, nhưng ${noun} này ${columns.join(', ')} không có: tỷ lệ tương tác ở đó để trống.`,
    rowLeftOut: (kpi: string) =>
      `${kpi}: đã bỏ ra, vì không kênh nào có đủ số liệu cần thiết trong ${noun} này hoặc ${noun} trước.`,
    footnoteBaseOrder: `Mọi cột của hàng dùng cùng một cơ sở: phạm vi tiếp cận nếu mọi kênh có số liệu phạm vi tiếp cận chính xác (dòng duy nhất có phạm vi tiếp cận trong ${noun}) và Tất cả các kênh cũng có (chỉ một kênh), nếu không thì là lượt hiển thị, sau cùng là người theo dõi. Hai ${noun} dùng cùng một cơ sở; nếu ${noun} trước không có cơ sở đó, tỷ lệ của ${noun} trước và mức thay đổi được để trống.`,
    footnoteAverageEngagementRate: `Tỷ lệ tương tác trung bình = trung bình của lượt tương tác ÷ người theo dõi của từng bài đăng, trên các dòng có mã bài đăng (người theo dõi của chính bài đăng, nếu không có thì lấy người theo dõi của kênh vào cuối ${noun}); Tất cả các kênh là trung bình trên mọi bài đăng. Khác với tỷ lệ tương tác, vốn gộp lượt tương tác của cả ${noun} trên một cơ sở, ở đây mỗi bài đăng có trọng số như nhau.`,
    footnoteFollowers: `Người theo dõi là giá trị cuối cùng của mỗi ${noun}, không bao giờ cộng dồn. Tất cả các kênh cộng người theo dõi của các kênh, vì mỗi tài khoản là một tệp khán giả riêng.`,
    footnoteNetNewDerived: `Người theo dõi tăng ròng = người theo dõi cuối ${noun} − người theo dõi cuối ${noun} trước.`,
    footnotePooled: `Các tỷ lệ được tính gộp: lấy tổng của cả ${noun} chia cho nhau, không lấy trung bình tỷ lệ từng ngày. Tất cả các kênh được tính từ tổng của từng kênh.`,
    footnoteChange: `Thay đổi = (${noun} này − ${noun} trước) ÷ |${noun} trước|, để trống khi ${noun} trước không có dữ liệu hoặc bằng 0. Màu xanh là tin tốt cho KPI đó (chi phí mỗi lượt nhấp giảm thì có màu xanh), màu đỏ là tin xấu.`,
    footnoteByReach: (channels: string[]) =>
      `Tỷ lệ tương tác theo phạm vi tiếp cận = lượt tương tác ÷ phạm vi tiếp cận chính xác của ${noun}, cho các kênh có số liệu này (${channels.join(', ')}). Phạm vi tiếp cận không được cộng dồn giữa các kênh, nên Tất cả các kênh không có.`,
    footnotePerPost: `Tỷ lệ ghi “mỗi bài đăng” là trung bình tỷ lệ của từng bài đăng trên các dòng có mã bài đăng trong ${noun} (người theo dõi của chính bài đăng, nếu không có thì của kênh vào cuối ${noun}); Tất cả các kênh là trung bình trên mọi bài đăng.`,
    footnotePerFollowerMonth: `“Trên mỗi người theo dõi, ${noun}” là tổng của ${noun} chia cho số người theo dõi cuối ${noun}: tổng trên mỗi người theo dõi, không phải tỷ lệ mỗi bài đăng, nên có thể lớn hơn 1. Khi có một dòng cho mỗi bài đăng (cột Mã bài đăng), các số này là tỷ lệ mỗi bài đăng.`,
    footnoteIncompleteMark: `* Không tô màu: ${noun} này hoặc ${noun} trước của kênh chưa đầy đủ (xem Chất lượng dữ liệu), nên mức thay đổi có thể chỉ do thiếu ngày.`,
    trendChartTitle: `Các KPI chính trong ${trend} gần nhất (tất cả các kênh)`,
    monthColumn: Noun,
  };
}

export const reportPeriods: ReportPeriodTexts = {
  weekLabel: (week, year) => `tuần ${week} năm ${year}`,
  shortWeekLabel: (week, year) => `Tuần ${week}/${year}`,
  quarterLabel: (quarter, year) => `quý ${quarter} năm ${year}`,
  shortQuarterLabel: (quarter, year) => `Q${quarter}/${year}`,
  week: /* @__PURE__ */ wording('tuần', 'từ ngày đầu đến ngày cuối của tuần', '12 tuần'),
  quarter: /* @__PURE__ */ wording('quý', 'từ tuần đầu đến tuần cuối của quý', '8 quý'),
  footnoteGoalsMonth: (month: string) =>
    `Mục tiêu được đặt theo tháng: báo cáo này đo chúng trong ${month}, tháng chứa ngày cuối cùng của kỳ báo cáo.`,
  dialogKindPrompt: 'Báo cáo theo',
  dialogKinds: { week: 'Tuần', month: 'Tháng', quarter: 'Quý' },
};
