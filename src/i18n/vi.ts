import type { Catalogue } from './en';

export const vi: Catalogue = {
  menu: {
    setUpDataSheet: 'Tạo trang tính dữ liệu',
    importCsv: 'Nhập CSV…',
    buildReport: 'Tạo báo cáo tháng',
    goals: 'Mục tiêu SMART',
    about: 'Trợ giúp / Giới thiệu',
  },
  about: {
    title: 'Social KPIs: tra cứu KPI',
    intro:
      'Nhập các hàm này vào bất kỳ ô nào. Tỷ lệ là số thập phân: bấm nút % để hiển thị 0,0425 thành 4,25 %. Hàm tính theo từng hàng của dải ô; để có tổng của cả kỳ, hãy dùng tổng, ví dụ =ENGAGEMENT_RATE(SUM(E2:H100); SUM(C2:C100)).',
    contents: 'Nhóm chỉ số',
    familyTitles: {
      engagement: 'Tương tác',
      reach: 'Phạm vi tiếp cận',
      conversion: 'Chuyển đổi',
      awareness: 'Nhận diện thương hiệu',
      customer_experience: 'Trải nghiệm khách hàng',
      financial: 'Tài chính',
      goals: 'Mục tiêu',
    },
    columns: { fn: 'Hàm', meaning: 'Ý nghĩa', example: 'Ví dụ' },
    formula: 'Công thức',
    countedTitle: 'KPI dạng đếm',
    countedIntro:
      'Đây là các cột của trang tính dữ liệu mà báo cáo cộng dồn hoặc giữ nguyên, không phải hàm:',
    higherIsBetter: '↑ càng cao càng tốt',
    lowerIsBetter: '↓ càng thấp càng tốt',
    version: 'Phiên bản',
  },
  functions: {
    where: (row: number, column: number | null) =>
      column === null ? ` hàng ${row}` : ` hàng ${row}, cột ${column}`,
    shape: (rows: number, columns: number) => `${rows} hàng × ${columns} cột`,
    number: (n: number) => String(n).replace('.', ','),
    alternatives: (options: readonly string[]) => options.map((o) => `"${o}"`).join(' hoặc '),
    values: {
      true: 'TRUE',
      false: 'FALSE',
      date: 'một ngày',
      invalidDate: 'một ngày không hợp lệ',
      notFinite: 'không phải là số hữu hạn',
      range: 'một dải ô',
      unsupported: 'một giá trị không được hỗ trợ',
    },
    quantities: {
      rate: 'tỷ lệ',
      cost: 'chi phí',
      growthRate: 'tốc độ tăng trưởng',
      share: 'tỷ lệ',
      score: 'điểm',
      return: 'lợi nhuận',
      value: 'giá trị',
      progress: 'tiến độ',
    },
    notANumber: (fn: string, arg: string, where: string, value: string) =>
      `${fn}: ${arg}${where} là ${value}, không phải là số`,
    notFinite: (fn: string, arg: string, where: string) => `${fn}: ${arg}${where} không phải là số hữu hạn`,
    negative: (fn: string, arg: string, where: string, value: string) =>
      `${fn}: ${arg}${where} là ${value}, nhưng không được là số âm`,
    outOfRange: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
      `${fn}: ${arg}${where} là ${value}, nhưng phải nằm trong khoảng từ ${low} đến ${high}`,
    notWhole: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
      `${fn}: ${arg}${where} là ${value}, nhưng phải là số nguyên từ ${low} đến ${high}`,
    notADate: (fn: string, arg: string, where: string, value: string) =>
      `${fn}: ${arg}${where} là ${value}, không phải là ngày (hãy định dạng các ô là ngày)`,
    missing: (fn: string, arg: string) => `${fn}: thiếu ${arg}`,
    tooManyArguments: (fn: string, max: number, signature: string) =>
      `${fn}: nhận tối đa ${max} đối số: ${signature}`,
    notSingleCell: (fn: string, arg: string) =>
      `${fn}: ${arg} phải là một giá trị đơn, không phải là một dải ô`,
    notRectangular: (fn: string, arg: string) => `${fn}: ${arg} không phải là một dải ô hình chữ nhật`,
    emptyRange: (fn: string, arg: string) => `${fn}: ${arg} là một dải ô trống`,
    shapeMismatch: (fn: string, a: string, aShape: string, b: string, bShape: string) =>
      `${fn}: ${a} có ${aShape} nhưng ${b} có ${bShape}; các dải ô phải có cùng kích thước, hoặc là một ô đơn`,
    tooLarge: (fn: string, where: string) => `${fn}: kết quả${where} quá lớn, không thể biểu diễn thành số`,
    undefinedResult: (fn: string, denominator: string, where: string, quantity: string) =>
      `${fn}: ${denominator}${where} bằng 0, nên không tính được ${quantity}`,
    badOption: (fn: string, arg: string, value: string, allowed: string) =>
      `${fn}: ${arg} là ${value}; hãy dùng ${allowed}`,
    replyBeforeMessage: (fn: string, where: string) =>
      `${fn}: replied_at${where} sớm hơn received_at: không thể trả lời trước khi nhận được tin nhắn`,
    unknownFunction: (fn: string) => `${fn}: không phải là hàm của Social KPIs`,
  },
};
