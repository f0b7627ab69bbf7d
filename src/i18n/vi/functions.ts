import type { Catalogue } from '../en';

export const functions: Catalogue['functions'] = {
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
  sumTooLarge: (fn: string, arg: string, where: string) =>
    `${fn}: tổng của ${arg}${where} lớn hơn số lớn nhất mà một ô có thể chứa`,
  undefinedResult: (fn: string, denominator: string, where: string, quantity: string) =>
    `${fn}: ${denominator}${where} bằng 0, nên không tính được ${quantity}`,
  badOption: (fn: string, arg: string, value: string, allowed: string) =>
    `${fn}: ${arg} là ${value}; hãy dùng ${allowed}`,
  replyBeforeMessage: (fn: string, where: string) =>
    `${fn}: replied_at${where} sớm hơn received_at: không thể trả lời trước khi nhận được tin nhắn`,
  unknownFunction: (fn: string) => `${fn}: không phải là hàm của Social KPIs`,
};
