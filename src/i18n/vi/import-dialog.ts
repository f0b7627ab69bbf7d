import type { Catalogue } from '../en';
import { languageName } from '../language-names';

/** "Tiếng Thụy Điển" → "tiếng Thụy Điển": mid-sentence, the country's name keeps its capitals. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export const importDialog: Catalogue['importDialog'] = {
  // --- the dialog -------------------------------------------------------------------------
  fileLabel: 'Tệp CSV xuất từ Meta, LinkedIn, TikTok hoặc X, hoặc có tiêu đề cột giống trang tính này',
  channelLabel: 'Kênh',
  channelHint: 'Được ghi vào cột Kênh của mọi dòng chưa có kênh trong tệp.',
  currencyLabel: 'Tiền tệ của số tiền trong tệp này',
  currencyHint: (current: string) =>
    `Tiền tệ của bảng tính là ${current}. Tệp dùng tiền tệ khác sẽ được ghi tiền tệ đó vào cột Currency của các dòng; số tiền không bao giờ được quy đổi.`,
  currencyHintFirst: 'Lần nhập đầu tiên đặt tiền tệ của bảng tính; số tiền không bao giờ được quy đổi.',
  currencyFromHeader: (header: string) => `Đề xuất từ cột “${header}”.`,
  dateOrderLabel: 'Ngày như 05/10/2026 nghĩa là',
  dateOrderChoose: 'Chọn…',
  dateOrderDmy: 'ngày/tháng/năm (5 tháng 10 năm 2026)',
  dateOrderMdy: 'tháng/ngày/năm (10 tháng 5 năm 2026)',
  dateOrderHinted: (row: number, sample: string, reason: string) =>
    `Các ngày như “${sample}” (dòng ${row}) được đọc theo ngày/tháng/năm vì ${reason}. Hãy đổi ở đây nếu chưa đúng.`,
  dateHintNamed: (language: string, row: number, sample: string) =>
    `dòng ${row} của cùng cột ghi ngày theo cách viết ${lowerFirst(languageName(language, 'vi'))} (“${sample}”)`,
  dateHintHeader: (header: string) => `cột ngày có tiêu đề “${header}”, bằng một ngôn ngữ ghi ngày trước`,
  dateHintSemicolons: 'tệp được phân tách bằng dấu chấm phẩy, như Excel làm ở những nơi ghi ngày trước',
  dateHintDecimalComma: 'số trong tệp dùng dấu phẩy thập phân, như ở những nơi ghi ngày trước',
  mappingHeading: 'Các cột',
  mappingSource: 'Cột trong tệp',
  mappingSample: 'Giá trị đầu tiên',
  mappingTarget: 'Nhập thành',
  mappingNote: 'Ghi chú',
  mappingSelectLabel: (source: string) => `Nhập “${source}” thành`,
  dontImport: 'Không nhập',
  previewHeading: 'Xem trước',
  previewCaption: (shown: number, total: number) => `${shown} dòng đầu trong ${total} dòng sẽ được nhập`,
  importButton: 'Nhập',
  cancelButton: 'Hủy',
  closeButton: 'Đóng',
  reading: 'Đang đọc tệp…',
  parsing: (percent: number) => `Đang đọc tệp… ${percent} %`,
  sending: (sent: number, total: number) => `Đang nhập… ${sent}/${total} dòng`,
  progressLabel: 'Tiến trình',

  // --- what was recognised ----------------------------------------------------------------
  platformDetected: (platform: string) => `Đã nhận diện: ${platform}`,
  platformUnknown: 'Không nhận diện được đây là tệp xuất từ nền tảng nào: hãy kiểm tra các cột bên dưới.',
  fileSummary: (rows: number, delimiter: string, encoding: string) =>
    `${rows} dòng, phân tách bằng ${delimiter}, ${encoding}`,
  delimiterNames: { ',': 'dấu phẩy', ';': 'dấu chấm phẩy', '\t': 'tab', '|': 'dấu gạch đứng' },
  decimalComma: 'dấu phẩy thập phân',
  decimalPoint: 'dấu chấm thập phân',
  platformNames: {
    facebook: 'Meta Business Suite (Facebook)',
    instagram: 'Meta Business Suite (Instagram)',
    linkedin: 'Số liệu trang LinkedIn',
    tiktok: 'Số liệu TikTok',
    x: 'Số liệu X',
    kpi_data: 'tệp có tiêu đề cột giống trang tính này',
  },

  // --- why a column is left out -----------------------------------------------------------
  noteRate: 'Đây là tỷ lệ: tiện ích tự tính tỷ lệ từ các số đếm, nên cột này không được nhập.',
  noteSum: 'Đây là tổng của các cột khác (lượt tương tác được tự tính), nên cột này không được nhập.',
  noteSplit: 'Là một phần của cột “(tổng)”, cột đó sẽ được nhập thay thế.',
  noteDuplicate: (other: string) => `“${other}” đã được nhập vào cột này.`,
  noteUnknown: 'Không phải là cột của trang tính dữ liệu.',

  // --- refusals: the file or a column cannot be read safely --------------------------------
  emptyFile: 'Tệp trống.',
  noRows: 'Tệp có dòng tiêu đề nhưng không có dòng dữ liệu nào.',
  notCsv:
    'Tệp này có vẻ không phải CSV: không có cột nào được phân tách bằng dấu phẩy, dấu chấm phẩy hoặc tab.',
  binaryFile: 'Tệp này có vẻ là bảng tính hoặc tệp nhị phân khác. Hãy xuất ra CSV rồi chọn tệp CSV đó.',
  needDate: 'Hãy chọn cột chứa ngày.',
  needChannel: 'Hãy nhập một kênh, hoặc chọn cột chứa kênh.',
  needDateOrder: (column: string, row: number, sample: string) =>
    `“${column}”, dòng ${row}: “${sample}” có thể là ngày/tháng hoặc tháng/ngày, và không dòng nào khác ` +
    'hay thông tin nào trong tệp cho biết. Hãy chọn định dạng ngày là ngày/tháng/năm hay tháng/ngày/năm.',
  dateOrderConflict: (
    column: string,
    dayFirst: string,
    dayRow: number,
    monthFirst: string,
    monthRow: number,
  ) =>
    `“${column}” trộn lẫn ngày/tháng (dòng ${dayRow}: “${dayFirst}”) và tháng/ngày (dòng ${monthRow}: ` +
    `“${monthFirst}”); hãy sửa tệp rồi nhập lại.`,
  ambiguousNumber: (column: string, sample: string) =>
    `“${column}”: “${sample}” có thể là dấu phân cách hàng nghìn hoặc dấu thập phân, và không có gì khác ` +
    'trong tệp cho biết là loại nào. Hãy chọn “Không nhập” cho cột này, hoặc xuất lại tệp có hiển thị phần thập phân.',
  mixedDecimalMarks: (column: string, pointSample: string, commaSample: string) =>
    `“${column}” trộn lẫn dấu chấm thập phân (“${pointSample}”) và dấu phẩy thập phân (“${commaSample}”), nên ` +
    'không thể đọc các số một cách an toàn. Hãy chọn “Không nhập” cho cột này, hoặc sửa tệp.',
  fixColumnsFirst: 'Hãy sửa các cột được đánh dấu ở trên trước khi nhập.',
  decodedAs1252:
    'Tệp không phải UTF-8 nên đã được đọc theo bảng mã Windows Tây Âu (“CSV” của Excel trên Windows). Hãy kiểm tra các chữ có dấu hiển thị đúng.',

  // --- why a row is skipped ---------------------------------------------------------------
  rowNoDate: 'không có ngày',
  rowBadDate: (text: string) => `“${text}” không phải là ngày hợp lệ`,
  rowNotNumber: (column: string, text: string) => `${column} là “${text}”, không phải là số`,
  rowNotWhole: (column: string, text: string) => `${column} là “${text}”, không phải là số nguyên`,
  rowNegative: (column: string, text: string) => `${column} là “${text}”, nhỏ hơn 0`,
  rowNoChannel: 'không có kênh',
  rowDuplicateInFile: (firstRow: number) => `trùng ngày, kênh và bài đăng với dòng ${firstRow}`,

  // --- the result -------------------------------------------------------------------------
  resultAdded: (added: number) => `Đã thêm ${added} dòng.`,
  resultSkipped: (skipped: number) => `Đã bỏ qua ${skipped} dòng:`,
  resultSkippedLine: (row: number, reason: string) => `dòng ${row}: ${reason}`,
  resultMoreSkipped: (more: number) => `…và ${more} dòng khác.`,
  resultAddedColumns: (headers: string[]) => `Đã thêm cột vào trang tính dữ liệu: ${headers.join(', ')}.`,
  resultCreatedSheet: (name: string) => `Đã tạo thẻ “${name}”.`,
  resultStopped: (added: number, message: string) =>
    `${message} Đã thêm ${added} dòng trước khi dừng; nếu nhập lại tệp, chỉ những dòng còn lại được thêm.`,

  serverFailed: (message: string) => `Nhập không thành công: ${message}`,
};
