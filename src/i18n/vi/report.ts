import type { Catalogue } from '../en';
import { familyNames, goalStatusNames, kpiNames } from './names';
import { reportPeriods } from './report-periods';

export const report: Catalogue['report'] = {
  // ----- data sheet (menu captions live in menu.ts) -----
  dataSheetName: 'Dữ liệu KPI',
  dataSheetExists: (name: string) =>
    `Trang tính “${name}” đã có dữ liệu nên được giữ nguyên. Trang tính dữ liệu của bạn đã sẵn sàng.`,
  dataSheetCreated: (name: string) =>
    `Đã tạo trang tính “${name}”. Hãy nhập mỗi kênh một dòng theo ngày, theo bài đăng hoặc theo tháng.`,
  dataSheetReused: (name: string) => `Trang tính “${name}” đang trống: đã thêm dòng tiêu đề.`,
  currencyPromptTitle: 'Tiền tệ',
  currencyPrompt: (current: string) =>
    `Số tiền trong dữ liệu của bạn tính bằng tiền tệ nào? Báo cáo hiển thị số tiền theo tiền tệ đó và không bao giờ quy đổi. Nhập mã như VND, SEK, EUR hay USD, hoặc để trống để dùng ${current}.`,
  currencyNotACode: (typed: string, current: string) =>
    `“${typed}” không phải mã tiền tệ như VND, SEK, EUR hay USD. Tiền tệ vẫn là ${current}; hãy chạy lại Tạo trang tính dữ liệu để thay đổi.`,
  offerSampleRows: 'Thêm dữ liệu mẫu (15 tháng, bốn kênh) để dùng thử báo cáo?',
  sampleRowsInserted: (count: number, name: string) => `Đã chèn ${count} dòng mẫu vào “${name}”.`,
  dateValidationHelp: 'Nhập một ngày, ví dụ 2026-10-31.',
  numberValidationHelp: 'Nhập một số từ 0 trở lên.',

  // ----- report building messages -----
  reportTabName: (month: string) => `Báo cáo KPI ${month}`,
  reportTabNameNumbered: (month: string, n: number) => `Báo cáo KPI ${month} (${n})`,
  reportTabBuilding: (tab: string) => `${tab} (đang tạo…)`,
  reportBeingBuilt: (tab: string, minutes: number) =>
    `Một báo cáo cho tháng này đang được tạo trong trang tính “${tab}”. Hãy thử lại sau ${minutes} phút: khi đó, lần tạo bị dừng giữa chừng sẽ được dọn đi.`,
  buildingToast: (month: string) => (month ? `Đang tạo báo cáo KPI cho ${month}…` : 'Đang tạo báo cáo KPI…'),
  builtToast: (tab: string) => `Báo cáo đã sẵn sàng trong trang tính “${tab}”.`,
  toastTitle: 'Social KPIs',
  noDataSheet: (name: string) =>
    `Chưa có trang tính “${name}”. Hãy chọn Tiện ích mở rộng › Social KPIs › Tạo trang tính dữ liệu, rồi nhập số liệu của bạn.`,
  missingColumns: (name: string, columns: string[]) =>
    `Dòng đầu tiên của trang tính “${name}” cần có cột ${columns.join(' và cột ')}. Tiêu đề bằng tiếng Việt, tiếng Anh hoặc tiếng Thụy Điển đều được nhận dạng (Ngày/Date/Datum, Kênh/Channel/Kanal).`,
  emptyDataSheet: (name: string) => `Trang tính “${name}” chưa có dòng dữ liệu nào.`,
  noUsableRows: (name: string, skipped: number) =>
    `Không đọc được dòng nào trong ${skipped} dòng của “${name}”: dòng nào cũng có ngày không hợp lệ, thiếu kênh hoặc có giá trị không phải là số.`,
  emptyMonth: (month: string, available: string) =>
    `Dữ liệu không có dòng nào cho ${month}. Các tháng có dữ liệu: ${available}.`,
  badMonth: (text: string) => `“${text}” không phải là một tháng: hãy viết theo dạng YYYY-MM, ví dụ 2026-10.`,
  monthNotText: (given: string) =>
    `Tạo báo cáo: tháng phải là văn bản theo dạng YYYY-MM, ví dụ "2026-10", không phải ${given}.`,
  dateColumnName: 'Ngày',
  channelColumnName: 'Kênh',

  // ----- month dialog -----
  dialogTitle: 'Tạo báo cáo',
  dialogPrompt: 'Bạn muốn tạo báo cáo cho tháng nào?',
  dialogBuild: 'Tạo báo cáo',
  dialogCancel: 'Hủy',
  dialogBuilding: 'Đang tạo…',
  dialogNoMonths: 'Trang tính dữ liệu chưa có tháng nào có dữ liệu.',
  dialogComplete: (month: string) => `${month} (đầy đủ)`,
  dialogIncomplete: (month: string) => `${month} (chưa đầy đủ)`,
  dialogNotEnded: 'Tháng này chưa kết thúc nên chưa đầy đủ.',
  dialogCoverage: (parts: string[]) => `Không phải ngày nào cũng có dữ liệu: ${parts.join('; ')}.`,
  dialogCoveragePart: (channel: string, days: number, daysInMonth: number) =>
    `${channel} ${days}/${daysInMonth} ngày`,

  // ----- report content -----
  monthNames: [
    'tháng 1',
    'tháng 2',
    'tháng 3',
    'tháng 4',
    'tháng 5',
    'tháng 6',
    'tháng 7',
    'tháng 8',
    'tháng 9',
    'tháng 10',
    'tháng 11',
    'tháng 12',
  ],
  monthLabel: (name: string, year: number) => `${name} năm ${year}`,
  // "T10/2026": how Vietnamese reports head a month column.
  shortMonthLabel: (name: string, year: number) => `${name.replace('tháng ', 'T')}/${year}`,
  title: 'Báo cáo KPI mạng xã hội',
  period: (month: string, previous: string) => `Kỳ báo cáo: ${month}, so với ${previous}`,
  source: (sheet: string, used: number, read: number) =>
    `Dữ liệu: trang tính “${sheet}”, đã dùng ${used} trên ${read} dòng`,
  builtAt: 'Tạo lúc:',
  dateTimeFormat: 'dd/mm/yyyy hh:mm',
  kpiHeader: 'Chỉ số KPI',
  allChannels: 'Tất cả các kênh',
  change: 'Thay đổi',
  families: familyNames,
  kpis: kpiNames,
  baseNames: { reach: 'phạm vi tiếp cận', impressions: 'lượt hiển thị', followers: 'người theo dõi' },
  engagementRateByReach: 'Tỷ lệ tương tác theo phạm vi tiếp cận',
  perPost: (kpi: string) => `${kpi}, mỗi bài đăng`,
  monthTotalLabels: {
    applause_rate: 'Lượt thích trên mỗi người theo dõi, tháng',
    amplification_rate: 'Lượt chia sẻ trên mỗi người theo dõi, tháng',
    follower_quality: 'Lượt tương tác trên mỗi người theo dõi, tháng',
    post_reach_rate: 'Phạm vi tiếp cận trên mỗi người theo dõi, tháng',
    virality_rate: 'Lượt chia sẻ trên mỗi lượt hiển thị, tháng',
  } as Record<string, string>,

  goalStatuses: goalStatusNames,
  dateFormat: 'dd/mm/yyyy',
  goalsHeading: 'Mục tiêu',
  goalsPlaceholder: 'Chưa có mục tiêu nào. Các mục tiêu SMART và tiến độ của chúng sẽ hiển thị ở đây.',
  goalsNoneRunning: (month: string, count: number) =>
    `Không có mục tiêu nào diễn ra trong ${month}: ${count === 1 ? 'mục tiêu duy nhất' : `cả ${count} mục tiêu`} đều bắt đầu sau hoặc đã kết thúc trước tháng này.`,
  goalColumns: [
    'Mục tiêu',
    'KPI',
    'Kênh',
    'Giá trị ban đầu',
    'Chỉ tiêu',
    'Hiện tại',
    'Tiến độ',
    'Hạn chót',
    'Trạng thái',
    'Người phụ trách',
  ],

  dataQualityHeading: 'Chất lượng dữ liệu',
  dataQualityNone: 'Đã đọc mọi dòng: không bỏ qua dòng nào.',
  rowSkipped: (row: number, reasons: string) => `Đã bỏ qua dòng ${row}: ${reasons}.`,
  badDate: (value: string, example: string | undefined) =>
    value === ''
      ? 'không có ngày'
      : `“${value}” không phải là ngày (hãy viết YYYY-MM-DD${example ? ` hoặc ${example}` : ''})`,
  noChannel: 'không có kênh',
  notANumber: (header: string, value: string) => `${header} là “${value}”, không phải là số`,
  negative: (header: string, value: string) => `${header} là ${value}, nhưng số lượng không thể âm`,
  duplicate: (firstRow: number) => `trùng hoàn toàn với dòng ${firstRow}`,
  monthRowInWeek: (value: string) =>
    `dòng chỉ ghi tháng “${value}”, không tuần nào chứa trọn một tháng: hãy ghi theo ngày, hoặc xem trong báo cáo tháng hay quý`,
  badCurrency: (header: string, value: string) =>
    `${header} là “${value}”, không phải mã tiền tệ như VND, SEK, EUR hay USD`,
  mixedCurrencies: (channel: string, month: string, currencies: string[]) =>
    `${channel}: các dòng của ${month} dùng ${currencies.join(' và ')}, không được cộng gộp: các số liệu tiền của kênh để trống.`,
  channelCurrenciesDiffer: (month: string, parts: string[]) =>
    `Trong ${month}, tiền của các kênh ở các loại tiền tệ khác nhau (${parts.join('; ')}), không được cộng gộp: các số liệu tiền của Tất cả các kênh để trống.`,
  currencyPart: (currency: string, channels: string[]) => `${currency}: ${channels.join(', ')}`,
  footnoteCurrency: (currency: string) =>
    `Tiền tính bằng ${currency}, tiền tệ của bảng tính, hoặc bằng tiền tệ mà cột Tiền tệ của dòng ghi; số tiền không bao giờ được quy đổi.`,
  moreRowsSkipped: (count: number) => `…và đã bỏ qua thêm ${count} dòng khác.`,
  oneChannel: (channel: string) =>
    `Tháng này chỉ có một kênh (${channel}) có dữ liệu: Tất cả các kênh chính là kênh đó.`,
  noPreviousMonth: (month: string) => `Dữ liệu không có dòng nào cho ${month}, nên cột Thay đổi để trống.`,
  ignoredHeaders: (headers: string[]) => `Các cột không nhận dạng được nên đã bỏ qua: ${headers.join(', ')}.`,
  repeatedHeaders: (headers: string[]) =>
    `Các cột trùng với một cột phía trước nên đã bỏ qua: ${headers.join(', ')}.`,
  overflow: (kpi: string, column: string, month: string) =>
    `${kpi} của ${column} trong ${month} cộng lại vượt quá giới hạn của một con số: ô đó và mọi tỷ lệ tính từ nó được để trống. Hãy kiểm tra dữ liệu xem có giá trị nào bị gõ nhầm không.`,
  baseUnusable: (base: string, columns: string[]) =>
    `Cơ sở tính tỷ lệ tương tác được cố định là ${base}, nhưng không dùng được cho ${columns.join(', ')}: tỷ lệ tương tác ở đó để trống.`,
  incompleteIntro: 'Các tháng chưa đầy đủ của một kênh: mức thay đổi không được tô màu và có dấu *.',
  coverage: (channel: string, days: number, daysInMonth: number, month: string, extra: string) =>
    `${channel}: ${days}/${daysInMonth} ngày trong ${month}${extra}.`,
  coverageRunning: ' (tháng chưa kết thúc)',
  coveragePosts: (posts: number) => `, ${posts} bài đăng, không trải từ tuần đầu đến tuần cuối của tháng`,
  allChannelsChange: (compared: string[], leftOut: string[]) =>
    compared.length > 0
      ? `Mức thay đổi của Tất cả các kênh chỉ so sánh ${compared.join(', ')}, các kênh đầy đủ ở cả hai tháng; đã bỏ ra: ${leftOut.join(', ')}.`
      : `Mức thay đổi của Tất cả các kênh không được tô màu: không kênh nào đầy đủ ở cả hai tháng (${leftOut.join(', ')}).`,
  baseMissing: (base: string, columns: string[]) =>
    `Mọi cột của tỷ lệ tương tác đều dùng ${base}, nhưng tháng này ${columns.join(', ')} không có: tỷ lệ tương tác ở đó để trống.`,
  rowLeftOut: (kpi: string) =>
    `${kpi}: đã bỏ ra, vì không kênh nào có đủ số liệu cần thiết trong tháng này hoặc tháng trước.`,
  rowLeftOutReach: (kpi: string) =>
    `${kpi}: đã bỏ ra, vì không kênh nào có phạm vi tiếp cận chính xác (một dòng theo tháng ghi ngày dạng 2026-10) hoặc dòng theo từng bài đăng.`,

  footnotesHeading: 'Định nghĩa',
  footnoteAverageEngagementRate:
    'Tỷ lệ tương tác trung bình = trung bình của lượt tương tác ÷ người theo dõi của từng bài đăng, trên các dòng có mã bài đăng (người theo dõi của chính bài đăng, nếu không có thì lấy người theo dõi của kênh vào cuối tháng); Tất cả các kênh là trung bình trên mọi bài đăng. Khác với tỷ lệ tương tác, vốn gộp lượt tương tác của cả tháng trên một cơ sở, ở đây mỗi bài đăng có trọng số như nhau.',
  footnoteEngagements:
    'Lượt tương tác = lượt thích (hoặc bày tỏ cảm xúc) + bình luận + lượt chia sẻ + lượt lưu, tính trên những cột có trong dữ liệu.',
  footnoteBase: (parts: string) => `Tỷ lệ tương tác = lượt tương tác ÷ ${parts}.`,
  footnoteBasePart: (base: string, columns: string[]) => `${base} (${columns.join(', ')})`,
  footnoteBaseJoin: '; ',
  footnoteBaseOrder:
    'Mọi cột của hàng dùng cùng một cơ sở: phạm vi tiếp cận nếu mọi kênh có số liệu phạm vi tiếp cận chính xác (một dòng theo tháng ghi ngày dạng 2026-10, hoặc dòng duy nhất có phạm vi tiếp cận trong tháng) và Tất cả các kênh cũng có (chỉ một kênh), nếu không thì là lượt hiển thị, sau cùng là người theo dõi. Hai tháng dùng cùng một cơ sở; nếu tháng trước không có cơ sở đó, tỷ lệ của tháng trước và mức thay đổi được để trống.',
  footnoteBaseFixed: (base: string) => `Cơ sở được cố định là ${base} theo cài đặt của tài liệu.`,
  footnoteReach:
    'Phạm vi tiếp cận đếm số người duy nhất, nên không được cộng dồn theo ngày, bài đăng hay kênh. Số có dấu ≤ là tổng của nhiều dòng phạm vi tiếp cận: chỉ là giới hạn trên, không dùng làm cơ sở tính tỷ lệ.',
  footnoteFollowers:
    'Người theo dõi là giá trị cuối cùng của mỗi tháng, không bao giờ cộng dồn. Tất cả các kênh cộng người theo dõi của các kênh, vì mỗi tài khoản là một tệp khán giả riêng.',
  footnoteNetNewDerived:
    'Người theo dõi tăng ròng = người theo dõi cuối tháng − người theo dõi cuối tháng trước.',
  footnotePooled:
    'Các tỷ lệ được tính gộp: lấy tổng của cả tháng chia cho nhau, không lấy trung bình tỷ lệ từng ngày. Tất cả các kênh được tính từ tổng của từng kênh.',
  footnoteChange:
    'Thay đổi = (tháng này − tháng trước) ÷ |tháng trước|, để trống khi tháng trước không có dữ liệu hoặc bằng 0. Màu xanh là tin tốt cho KPI đó (chi phí mỗi lượt nhấp giảm thì có màu xanh), màu đỏ là tin xấu.',
  footnoteByReach: (channels: string[]) =>
    `Tỷ lệ tương tác theo phạm vi tiếp cận = lượt tương tác ÷ phạm vi tiếp cận chính xác của tháng, cho các kênh có số liệu này (${channels.join(', ')}). Phạm vi tiếp cận không được cộng dồn giữa các kênh, nên Tất cả các kênh không có.`,
  footnotePooledChannels: (kpi: string, channels: string[]) =>
    `${kpi} của Tất cả các kênh chỉ gộp ${channels.join(', ')}: các kênh có cả hai số liệu của nó.`,
  footnotePerPost:
    'Tỷ lệ ghi “mỗi bài đăng” là trung bình tỷ lệ của từng bài đăng trên các dòng có mã bài đăng trong tháng (người theo dõi của chính bài đăng, nếu không có thì của kênh vào cuối tháng); Tất cả các kênh là trung bình trên mọi bài đăng.',
  footnotePerFollowerMonth:
    '“Trên mỗi người theo dõi, tháng” là tổng của tháng chia cho số người theo dõi cuối tháng: tổng theo tháng trên mỗi người theo dõi, không phải tỷ lệ mỗi bài đăng, nên có thể lớn hơn 1. Khi có một dòng cho mỗi bài đăng (cột Mã bài đăng), các số này là tỷ lệ mỗi bài đăng.',
  footnoteIncompleteMark:
    '* Không tô màu: tháng này hoặc tháng trước của kênh chưa đầy đủ (xem Chất lượng dữ liệu), nên mức thay đổi có thể chỉ do thiếu ngày.',

  chartDataHeading: 'Dữ liệu biểu đồ',
  trendChartTitle: 'Các KPI chính trong 12 tháng gần nhất (tất cả các kênh)',
  comparisonChartTitle: (month: string) => `So sánh các kênh, ${month}`,
  monthColumn: 'Tháng',
  channelColumn: 'Kênh',
  periodTexts: reportPeriods,
};
