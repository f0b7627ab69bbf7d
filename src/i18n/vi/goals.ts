import type { IssueParams } from '../../goals/types';
import type { Catalogue } from '../en';
import { formatValue, num, str, unitOf } from '../en/goals';
import { familyNames, goalFieldNames, goalStatusNames } from './names';

/** Vietnamese writes decimal commas: 4,5 %. */
const value = (p: IssueParams, unit = unitOf(p)) => formatValue(num(p, 'value'), unit, ',');

export const goals: Catalogue['goals'] = {
  fields: goalFieldNames,

  families: familyNames,

  directions: {
    up: 'Càng cao càng tốt',
    down: 'Càng thấp càng tốt',
  },

  baselineWindows: {
    last_month: 'Tháng trước',
    last_3_months: '3 tháng gần nhất',
    manual: 'Nhập thủ công',
  },

  statuses: goalStatusNames,

  achievabilityMessages: {
    realistic: (required: string, best: string, months: number) =>
      `Cần ${required} mỗi tháng; dữ liệu đã từng đạt ${best} mỗi tháng trong ${months} tháng.`,
    ambitious: (required: string, best: string, months: number) =>
      `Cần ${required} mỗi tháng, vượt mức tốt nhất mà dữ liệu từng đạt trong ${months} tháng (${best} mỗi tháng).`,
    stretch: (required: string, best: string, months: number) =>
      `Cần ${required} mỗi tháng, gấp hơn hai lần mức tốt nhất mà dữ liệu từng đạt trong ${months} tháng (${best} mỗi tháng).`,
    outOfReach: (required: string, best: string, months: number) =>
      `Cần ${required} mỗi tháng, gấp hơn bốn lần mức tốt nhất mà dữ liệu từng đạt trong ${months} tháng (${best} mỗi tháng).`,
    outOfReachAbove100: (required: string) =>
      `Cần ${required} mỗi tháng: tức là tăng hơn gấp đôi mỗi tháng, điều mà không dữ liệu lịch sử nào cho thấy là khả thi.`,
    stretchNoImprovement: (required: string, months: number) =>
      `Cần ${required} mỗi tháng; dữ liệu chưa từng cải thiện trong bất kỳ giai đoạn ${months} tháng nào.`,
    notEnoughHistory: (months: number) =>
      `Chưa đủ dữ liệu lịch sử: để so sánh cần ${months + 1} tháng dữ liệu trước ngày bắt đầu.`,
    baselineNotPositive: 'Mức cơ sở bằng 0 hoặc âm nên không thể tính tốc độ thay đổi hằng tháng.',
    targetNotPositive: 'Chỉ tiêu bằng 0 hoặc âm nên không thể tính tốc độ thay đổi hằng tháng.',
    alreadyThere: 'Chỉ tiêu này không đòi hỏi cải thiện so với mức cơ sở.',
    targetBelowBaseline:
      'KPI này càng cao càng tốt, nhưng chỉ tiêu lại thấp hơn mức cơ sở nên không thể đánh giá tính khả thi.',
    targetAboveBaseline:
      'KPI này càng thấp càng tốt, nhưng chỉ tiêu lại cao hơn mức cơ sở nên không thể đánh giá tính khả thi.',
  },

  baselineMessages: {
    measured: (months: string[]) => `Tính trên các tháng ${months.join(', ')}.`,
    partly: (months: string[], missing: string[]) =>
      `Tính trên các tháng ${months.join(', ')}; không có dữ liệu cho ${missing.join(', ')}.`,
    noData: (months: string[]) => `Dữ liệu không có giá trị cho ${months.join(', ')}.`,
    onlyUpperBound: (months: string[]) =>
      `Với ${months.join(', ')}, dữ liệu chỉ có phạm vi tiếp cận dưới dạng tổng của nhiều dòng, tức là giới hạn trên: phạm vi tiếp cận đếm mỗi người một lần nên không được cộng dồn theo ngày hay bài đăng. Hãy thêm một dòng phạm vi tiếp cận theo tháng (ghi ngày dạng 2026-10) hoặc tự nhập mức cơ sở.`,
    stock: (month: string) =>
      `Giá trị vào cuối tháng ${month}, tháng gần nhất có dữ liệu: người theo dõi được đếm tại một thời điểm, nên không cộng dồn hay lấy trung bình qua các tháng.`,
    notPooled: (months: string[]) =>
      `Tỷ lệ của các tháng ${months.join(', ')} dựa trên các mẫu số khác nhau nên không thể gộp thành một mức cơ sở: hãy chọn Tháng trước hoặc tự nhập mức cơ sở.`,
    noPostRows: (months: string[]) =>
      `Không có dòng bài đăng nào cho ${months.join(', ')}: KPI này là trung bình theo bài đăng nên cần mỗi bài đăng một dòng (có ID bài viết), không phải số tổng theo ngày hay theo tháng.`,
    manual: 'Nhập thủ công.',
  },

  issues: {
    required: (p) => `${str(p, 'label')}: bắt buộc phải nhập.`,
    tooLong: (p) => `${str(p, 'label')}: quá dài để lưu trong một ô (tối đa ${num(p, 'max')} ký tự).`,
    unknownKpi: (p) => `“${str(p, 'kpiId')}” không phải là KPI mà tiện ích này hỗ trợ.`,
    kpiNotComputable: (p) =>
      `Không thể tính ${str(p, 'kpiLabel')} từ dữ liệu của bạn: cần có cột ${str(p, 'missing')}.`,
    kpiNotFromData: (p) =>
      `${str(p, 'kpiLabel')} không được tính từ trang tính dữ liệu KPI: không có cột nào ở đó cung cấp chỉ số này (nó đến từ khảo sát hoặc công cụ khác), nên mục tiêu cho chỉ số này sẽ không thể hiển thị tiến độ.`,
    needsPostRows: (p) =>
      `${str(p, 'kpiLabel')} cần mỗi bài đăng một dòng: đây là trung bình của lượt tương tác mỗi bài đăng chia cho số người theo dõi, còn dữ liệu KPI của bạn là số tổng theo ngày hoặc theo tháng (không có cột ID bài viết). Hãy nhập một tệp xuất dữ liệu bài đăng, hoặc chọn Tỷ lệ tương tác.`,
    notWholeNumber: (p) =>
      `${str(p, 'label')}: ${value(p)} không phải là số nguyên, mà ${str(p, 'kpiLabel')} được đếm bằng số nguyên. Hãy nhập ${Math.floor(num(p, 'value'))} hoặc ${Math.ceil(num(p, 'value'))}.`,
    noKpiData: (p) =>
      `Chưa thể tính ${str(p, 'kpiLabel')}: bảng tính chưa có dữ liệu KPI. Hãy nhập dữ liệu trước.`,
    notANumber: (p) => `${str(p, 'label')}: “${str(p, 'text')}” không phải là số.`,
    ambiguousNumber: (p) =>
      `${str(p, 'label')}: “${str(p, 'text')}” có thể là ${str(p, 'asDecimal')} hoặc ${str(p, 'asThousands')}; hãy viết số không có dấu phân cách hàng nghìn.`,
    percentNotForUnit: (p) =>
      `${str(p, 'label')}: KPI này không phải là tỷ lệ, nên hãy nhập giá trị không có %, hoặc mức thay đổi như +10 %.`,
    changeFromZeroBaseline: () =>
      'Mức thay đổi theo phần trăm cần mức cơ sở khác 0: hãy nhập chỉ tiêu dưới dạng giá trị.',
    invalidDate: (p) => `${str(p, 'label')}: “${str(p, 'text')}” không phải là ngày hợp lệ.`,
    invalidMonth: (p) => `${str(p, 'label')}: “${str(p, 'text')}” không phải là tháng (YYYY-MM).`,
    invalidWindow: (p) => `“${str(p, 'text')}” không phải là khoảng đo mức cơ sở hợp lệ.`,
    deadlineNotAfterStart: (p) =>
      `Hạn chót (${str(p, 'deadline')}) phải sau ngày bắt đầu (${str(p, 'start')}).`,
    rateAbove100: (p) =>
      `${str(p, 'label')}: ${value(p, 'fraction')} lớn hơn 100 %, điều không thể xảy ra với tỷ lệ này.`,
    negativeNotAllowed: (p) => `${str(p, 'label')}: ${value(p)} là số âm, điều không thể xảy ra với KPI này.`,
    npsOutOfRange: (p) => `${str(p, 'label')}: ${value(p, null)} nằm ngoài thang −100 đến +100 của NPS.`,
    sentimentOutOfRange: (p) =>
      `${str(p, 'label')}: ${value(p, null)} nằm ngoài thang −1 đến +1 của điểm cảm xúc.`,
    roiBelowMinus100: (p) =>
      `${str(p, 'label')}: ${value(p, 'fraction')} thấp hơn −100 %, điều không thể xảy ra với ROI.`,
    targetEqualsBaseline: () => 'Chỉ tiêu bằng mức cơ sở: không còn gì để đạt.',
    wrongDirection: (p) => {
      const target = formatValue(num(p, 'target'), unitOf(p), ',');
      const baseline = formatValue(num(p, 'baseline'), unitOf(p), ',');
      return str(p, 'direction') === 'down'
        ? `Với ${str(p, 'kpiLabel')}, càng thấp càng tốt, nhưng chỉ tiêu (${target}) lại cao hơn mức cơ sở (${baseline}). Vẫn lưu?`
        : `Với ${str(p, 'kpiLabel')}, càng cao càng tốt, nhưng chỉ tiêu (${target}) lại thấp hơn mức cơ sở (${baseline}). Vẫn lưu?`;
    },
  },

  busy: 'Có người khác đang lưu mục tiêu. Vui lòng thử lại sau giây lát.',
  conflictChanged: (by: string, at: string) =>
    `${by || 'Một đồng nghiệp'} đã sửa mục tiêu này (${at}) trong lúc bạn đang chỉnh sửa. Giữ phiên bản của bạn hay của họ?`,
  conflictDeleted:
    'Một đồng nghiệp đã xóa mục tiêu này trong lúc bạn đang chỉnh sửa. Lưu bản của bạn thành mục tiêu mới, hay bỏ đi?',
  deletedAlready: 'Mục tiêu này đã bị xóa trước đó.',

  rowProblems: {
    missingId: 'Dòng này có dữ liệu mục tiêu nhưng không có ID.',
    duplicateId: (row: number) => `ID này cũng được dùng ở dòng ${row}; dòng này bị bỏ qua.`,
    badVersion: (text: string) => `Phiên bản “${text}” không phải là số nguyên từ 1 trở lên.`,
    badNumber: (header: string, text: string) => `${header}: “${text}” không phải là số.`,
    badDate: (header: string, text: string) => `${header}: “${text}” không phải là ngày (YYYY-MM-DD).`,
    badWindow: (text: string) =>
      `Khoảng đo mức cơ sở: “${text}” không phải là last_month, last_3_months hoặc manual.`,
    badMonths: (text: string) => `Các tháng đo mức cơ sở: “${text}” không phải là danh sách tháng (YYYY-MM).`,
  },
};
