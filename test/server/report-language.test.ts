import { callGlobal, DIST, loadBundle } from '../support/bundle';
import { reportBook } from '../support/world';

/*
 * A Vietnamese spreadsheet's report from the built dist/ (npm run build first), called by global
 * name as Apps Script calls it: the texts the bundle carries are the ones the user sees, its
 * UTF-8 survives the build, and the numbers are numbers the locale formats.
 */

const ROWS = [
  ['Ngày', 'Kênh', 'Người theo dõi', 'Lượt hiển thị', 'Lượt thích', 'Lượt nhấp'],
  ['2026-09-10', 'Facebook', 1000, 10000, 300, 50],
  ['2026-09-15', 'Zalo', 500, 5000, 40, 25],
  ['2026-10-10', 'Facebook', 1200, 20000, 500, 100],
  ['2026-10-15', 'Zalo', 600, 5000, 90, 50],
  ['2026-10-16', 'Zalo', 'nhiều', 5000, 90, 50],
];

describe('the report from dist/ in a vi_VN spreadsheet', () => {
  const book = reportBook(ROWS, {
    locale: 'vi_VN',
    timeZone: 'Asia/Ho_Chi_Minh',
    html: { directory: DIST },
  });
  const project = loadBundle(book.gas.globals());

  it('lists the months in Vietnamese for the dialog', () => {
    expect(callGlobal(project, 'reportMonthChoices')).toMatchObject({
      periods: [
        { value: '2026-10', label: 'tháng 10 năm 2026' },
        { value: '2026-09', label: 'tháng 9 năm 2026' },
      ],
      texts: { prompt: 'Bạn muốn tạo báo cáo cho tháng nào?', build: 'Tạo báo cáo', cancel: 'Hủy' },
    });
  });

  it('answers a malformed month in Vietnamese, and writes no tab', () => {
    expect(callGlobal(project, 'buildMonthlyReport', 'tháng mười')).toEqual({
      ok: false,
      message: '“tháng mười” không phải là một tháng: hãy viết theo dạng YYYY-MM, ví dụ 2026-10.',
    });
  });

  it('builds the Vietnamese report tab with numbers the locale formats', () => {
    expect(callGlobal(project, 'buildMonthlyReport', '2026-10')).toEqual({
      ok: true,
      tabName: 'Báo cáo KPI 2026-10',
    });
    const range = book.gas.spreadsheet.getSheetByName('Báo cáo KPI 2026-10')!.getDataRange();
    const values = range.getValues();
    const shown = range.getDisplayValues();
    expect(values[0][0]).toBe('Báo cáo KPI mạng xã hội: tháng 10 năm 2026');
    expect(values[4].slice(0, 6)).toEqual(['Chỉ số KPI', 'Facebook', '', 'Zalo', '', 'Tất cả các kênh']);
    const ctr = values.findIndex((row) => row[0] === 'Tỷ lệ nhấp (CTR)');
    expect(values[ctr][5]).toBeCloseTo(150 / 25000, 12);
    expect(shown[ctr][5]).toBe('0,60%');
    const impressions = values.findIndex((row) => row[0] === 'Lượt hiển thị');
    expect(values[impressions][5]).toBe(25000);
    expect(shown[impressions][5]).toBe('25.000');
    expect(values.map((row) => row[0])).toContain(
      'Đã bỏ qua dòng 6: Người theo dõi là “nhiều”, không phải là số.',
    );
    expect(book.gas.spreadsheet.toasts.map((toast) => toast.message)).toEqual([
      'Đang tạo báo cáo KPI cho tháng 10 năm 2026…',
      'Báo cáo đã sẵn sàng trong trang tính “Báo cáo KPI 2026-10”.',
    ]);
  });
});
