import type { Catalogue } from '../en';
import { goalFieldNames, kpiNames } from './names';

export const sidebar: Catalogue['sidebar'] = {
  pageTitle: 'Mục tiêu SMART',
  loading: 'Đang tải mục tiêu…',
  working: 'Đang xử lý…',
  loadFailed: (message: string) => `Không tải được mục tiêu: ${message}`,
  callFailed: (message: string) =>
    `Không thực hiện được: ${message}. Những gì bạn đã nhập vẫn được giữ nguyên.`,
  retry: 'Thử lại',

  list: {
    heading: 'Mục tiêu',
    empty: 'Chưa có mục tiêu nào. Một mục tiêu gồm một KPI, mức hiện tại, mức cần đạt và thời hạn.',
    newGoal: 'Mục tiêu mới',
    edit: 'Sửa',
    editGoal: (what: string) => `Sửa mục tiêu: ${what}`,
    delete: 'Xóa',
    deleteGoal: (what: string) => `Xóa mục tiêu: ${what}`,
    confirmDelete: (what: string) => `Xóa mục tiêu “${what}”? Thao tác này không thể hoàn tác.`,
    confirmDeleteYes: 'Xóa mục tiêu',
    confirmDeleteNo: 'Giữ lại',
    deleted: 'Đã xóa mục tiêu.',
    saved: 'Đã lưu mục tiêu.',
    savedMerged: (by, fields) =>
      `Đã lưu mục tiêu. Những thay đổi ${by || 'một đồng nghiệp'} đã làm trong lúc đó ở ${fields} cũng được giữ lại.`,
    allChannels: 'Tất cả kênh',
    kpiOnChannel: (kpi: string, channel: string) => `${kpi} · ${channel}`,
    dates: (start: string, deadline: string) => `${start} → ${deadline}`,
    owner: (owner: string) => `Người phụ trách: ${owner}`,
    problemsHeading: 'Các dòng trong thẻ Goals không đọc được',
    problemRow: (row: number, id: string) => (id ? `Dòng ${row} (${id})` : `Dòng ${row}`),
  },

  progress: {
    heading: 'Tiến độ',
    barLabel: (what: string) => `Tiến độ của ${what}`,
    current: 'Giá trị hiện tại',
    currentIn: (value: string, month: string) => `${value} (${month})`,
    noCurrent: 'Chưa có dữ liệu kể từ ngày bắt đầu',
    progress: 'Mức hoàn thành (GOAL_PROGRESS)',
    expected: 'Kỳ vọng đến hôm nay',
    onTrack: 'Đúng tiến độ',
    yes: 'Có',
    no: 'Không',
    unknown: '–',
    forecast: 'Dự báo tại hạn chót',
    forecastValue: (value: string, progress: string) => `${value} (${progress} mục tiêu)`,
    summary: (progress: string, expected: string) =>
      `Đã hoàn thành ${progress} · kỳ vọng ${expected} đến hôm nay`,
  },

  form: {
    newHeading: 'Mục tiêu mới',
    editHeading: 'Sửa mục tiêu',
    fields: goalFieldNames,
    baselineWindowField: 'Đo trong',
    smart: {
      what: 'Cụ thể: điều bạn muốn đạt được, theo cách diễn đạt của bạn.',
      target: 'Đo lường được: một giá trị, hoặc mức thay đổi so với mức cơ sở như +35 % hay −10 %.',
      why: 'Phù hợp: vì sao mục tiêu này quan trọng với doanh nghiệp.',
    },
    whatPlaceholder: 'Tăng tỷ lệ tương tác trung bình của bài đăng',
    chooseKpi: 'Chọn một KPI…',
    allChannels: 'Tất cả kênh',
    unit: (unit: string, direction: string) => `Đơn vị: ${unit} · ${direction}`,
    baselineMeasuring: 'Đang đo…',
    baselineEditedHint: 'Nhập thủ công.',
    targetPlaceholder: '+35 %',
    resolvedTarget: (value: string) => `Giá trị chỉ tiêu: ${value}`,
    resolvedTargetRounded: (value: string, exact: string, direction) =>
      `Giá trị chỉ tiêu: ${value} (mức thay đổi cho ra ${exact}, được làm tròn ${direction === 'up' ? 'lên' : 'xuống'} thành số nguyên)`,
    wholeTarget:
      'Được đếm bằng số nguyên: một mức thay đổi như +35 % được làm tròn lên thành số nguyên (làm tròn xuống nếu càng thấp càng tốt), để mục tiêu không bao giờ nhỏ hơn mức bạn đặt ra. Giá trị bạn tự nhập phải là số nguyên.',
    needsPostRows:
      'Cần mỗi bài đăng một dòng (cột ID bài viết): số tổng theo ngày hoặc theo tháng không tính được chỉ số này.',
    confirmWrongDirection: 'Đúng, tôi muốn đặt chỉ tiêu này',
    achievableHeading: 'Có khả thi không?',
    achievableNumbers: (required: string, best: string, months: number) =>
      `Cần: ${required} mỗi tháng · tốt nhất từng đạt: ${best} mỗi tháng (trong ${months} tháng)`,
    achievableBestWindow: (from: string, to: string) => `Giai đoạn tốt nhất: từ ${from} đến ${to}.`,
    save: 'Lưu mục tiêu',
    cancel: 'Hủy',
    keyboardHint: 'Enter để lưu, Esc để hủy.',
    checking: 'Đang kiểm tra…',
    fixErrors: 'Hãy sửa các trường được đánh dấu trước khi lưu.',
    confirmNeeded: 'Hãy xác nhận chỉ tiêu trước khi lưu.',
  },

  conflict: {
    heading: 'Đồng nghiệp đã thay đổi',
    field: 'Trường',
    theirs: 'Của họ',
    yours: 'Của bạn',
    deletedTheirs: 'Đã xóa',
    keepMine: 'Giữ bản của tôi',
    takeTheirs: 'Dùng bản của họ',
    saveAsNew: 'Lưu bản của tôi thành mục tiêu mới',
    dropMine: 'Bỏ bản của tôi',
    onlyBoth:
      'Cả hai đều đã sửa các trường này. Các thay đổi khác của bạn và của họ đều được giữ, dù bạn chọn bên nào.',
  },

  units: {
    count: 'số lượng',
    fraction: 'phần trăm',
    ratio: 'tỷ số',
    money: 'tiền',
    people: 'người',
    hours: 'giờ',
    nps: 'NPS (−100 đến +100)',
    sentiment: 'điểm (−1 đến +1)',
  },

  directions: {
    up: 'càng cao càng tốt',
    down: 'càng thấp càng tốt',
  },

  achievability: {
    realistic: 'Khả thi',
    ambitious: 'Tham vọng',
    stretch: 'Rất thách thức',
    out_of_reach: 'Ngoài tầm với',
    not_enough_history: 'Chưa đủ dữ liệu lịch sử',
    not_applicable: 'Không thể đánh giá',
  },

  kpiNames: kpiNames,
};
