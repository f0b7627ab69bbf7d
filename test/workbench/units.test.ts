import ExcelJS from 'exceljs';
import { calculateSheet, createFormulaEngine, type FormulaSource } from '../../src/local/workbench/formulas';
import { conditionalStyles, mixColors } from '../../src/local/workbench/page/conditional';
import { renderSheet, renderTabs } from '../../src/local/workbench/page/grid';
import { escapeHtml } from '../../src/util/html';
import { chartJsConfig } from '../../src/local/workbench/page/charts';
import { clientVisibleResult, findIllegalValue, isCallableName } from '../../src/local/workbench/rpc-rules';
import { SAMPLE_HEADERS, workbenchSampleRows } from '../../src/local/workbench/sample-data';
import { SAMPLE_MONTHS, sampleRows } from '../../src/report/sample';
import { injectShim } from '../../src/local/workbench/shim/inject';
import { customFunctionNames } from '../../src/local/workbench/project';
import type { CellView, SheetView, WorkbookView } from '../../src/local/workbench/view-model';
import { workbookToXlsx } from '../../src/local/xlsx';

function gridSource(rows: unknown[][], formulas: Record<string, string> = {}): FormulaSource {
  return {
    cell: (_sheet, row, column) => ({
      value: rows[row - 1]?.[column - 1] ?? '',
      formula: formulas[`${row}:${column}`] ?? '',
    }),
    extent: () => ({ rows: rows.length, columns: Math.max(...rows.map((row) => row.length)) }),
  };
}

function sheetView(partial: Partial<SheetView>): SheetView {
  return {
    name: 'Sheet1',
    rowCount: 5,
    columnCount: 3,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    defaultColumnWidth: 100,
    cells: [],
    merges: [],
    conditionalFormats: [],
    charts: [],
    ...partial,
  };
}

describe('formula engine', () => {
  const ratio = (a: unknown, b: unknown) =>
    (a as number[][]).map((row, i) => [row.reduce((sum, x) => sum + x, 0) / (b as number[][])[i][0]]);

  it('evaluates built-ins over the cells', () => {
    const source = gridSource([
      [1, 2],
      [3, 4],
    ]);
    const engine = createFormulaEngine(source, {});
    expect(engine.evaluate('S', 3, 1, '=SUM(A1:B2)')).toEqual({ kind: 'value', value: 10 });
  });

  it('passes ranges to custom functions as 2-D arrays and spills an array result down', () => {
    const source = gridSource([
      [10, 20, 100],
      [30, 40, 200],
      [5, 5, 50],
    ]);
    const engine = createFormulaEngine(source, { RATIO: ratio });
    const results = calculateSheet(engine, source, 'S', [
      { row: 1, column: 5, formula: '=RATIO(A1:B3, C1:C3)' },
    ]);
    expect(results.get('1:5')).toEqual({ value: 0.3 });
    expect(results.get('2:5')).toEqual({ value: 0.35, spilledFrom: { row: 1, column: 5 } });
    expect(results.get('3:5')).toEqual({ value: 0.2, spilledFrom: { row: 1, column: 5 } });
  });

  it('gives #REF! instead of spilling over a value, as Sheets does', () => {
    const source = gridSource([
      [10, 20, 100, '', ''],
      [30, 40, 200, '', 'taken'],
    ]);
    const engine = createFormulaEngine(source, { RATIO: ratio });
    const results = calculateSheet(engine, source, 'S', [
      { row: 1, column: 5, formula: '=RATIO(A1:B2, C1:C2)' },
    ]);
    expect(results.get('1:5')?.error).toEqual({
      code: '#REF!',
      message: 'Array result was not expanded because it would overwrite data in E2.',
    });
  });

  it('shows a thrown custom function message as #ERROR!', () => {
    const source = gridSource([['n/a']]);
    const engine = createFormulaEngine(source, {
      FAIL: (value) => {
        throw new Error(`FAIL: "${String(value)}" is not a number`);
      },
    });
    expect(engine.evaluate('S', 2, 1, '=FAIL(A1)')).toEqual({
      kind: 'error',
      code: '#ERROR!',
      message: 'FAIL: "n/a" is not a number',
    });
  });

  it('gives custom functions Date objects and "" for blanks, as Apps Script does', () => {
    const when = new Date('2025-01-02T00:00:00Z');
    let seen: unknown[] = [];
    const source = gridSource([[when, '']]);
    const engine = createFormulaEngine(source, {
      PEEK: (...args) => {
        seen = args;
        return 1;
      },
    });
    engine.evaluate('S', 2, 1, '=PEEK(A1, B1, A1:B1)');
    expect(seen[0]).toBeInstanceOf(Date);
    expect(seen[1]).toBe('');
    expect(seen[2]).toEqual([[when, '']]);
  });

  it('catches circular references', () => {
    const source = gridSource([[0, 0]], { '1:1': '=B1+1', '1:2': '=A1+1' });
    const engine = createFormulaEngine(source, {});
    expect(engine.evaluate('S', 1, 1, '=B1+1')).toMatchObject({ kind: 'error' });
  });
});

describe('google.script.run rules', () => {
  it('finds Dates and functions at any depth, with the path Apps Script names', () => {
    expect(findIllegalValue(new Date(), '0')).toBe('0');
    expect(findIllegalValue({ when: [1, new Date()] }, '1')).toBe('1.when.1');
    expect(findIllegalValue({ run: () => 1 }, '0')).toBe('0.run');
    expect(findIllegalValue({ a: [1, 'x', null, { b: true }] }, '0')).toBeNull();
  });

  it('refuses circular objects', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(findIllegalValue(loop, '0')).toBe('0.self');
  });

  it('turns a result that holds a Date into null, like Apps Script', () => {
    expect(clientVisibleResult([[new Date(), 1]])).toBeNull();
    expect(clientVisibleResult(new Date())).toBeNull();
    expect(clientVisibleResult({ n: 1 })).toEqual({ n: 1 });
  });

  it('allows only public identifiers', () => {
    expect(isCallableName('onOpen')).toBe(true);
    expect(isCallableName('helper_')).toBe(false);
    expect(isCallableName('__proto__.x')).toBe(false);
  });
});

describe('grid rendering', () => {
  it('escapes cell text, notes and sheet names', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const html = renderSheet(
      sheetView({ cells: [{ row: 1, column: 1, value: markup, display: markup, note: '"><b>' }] }),
      new Map(),
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('title="&quot;&gt;&lt;b&gt;"');
    expect(renderTabs([sheetView({ name: '<b>x</b>' })], '')).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(escapeHtml(`'&`)).toBe('&#39;&amp;');
  });

  it('drops a colour that is not a colour rather than writing it into a style attribute', () => {
    const html = renderSheet(
      sheetView({
        cells: [{ row: 1, column: 1, value: 1, display: '1', style: { background: 'red;}</style>' } }],
      }),
      new Map(),
    );
    expect(html).not.toContain('</style>');
  });

  it('spans merges and skips the cells they cover', () => {
    const html = renderSheet(
      sheetView({
        cells: [{ row: 1, column: 1, value: 'Title', display: 'Title' }],
        merges: [{ row: 1, column: 1, numRows: 1, numColumns: 3 }],
      }),
      new Map(),
    );
    expect(html).toContain('rowspan="1" colspan="3"');
    expect(html).not.toContain('data-row="1" data-column="2"');
  });

  it('lets left-aligned text run on over the empty cells to its right, as Sheets does, and no further', () => {
    const text = (row: number, column: number, display: string, style?: CellView['style']): CellView => ({
      row,
      column,
      value: display,
      display,
      style,
    });
    const html = renderSheet(
      sheetView({
        rowCount: 7,
        columnCount: 5,
        columnWidths: { '1': 60, '2': 70, '3': 80 },
        defaultColumnWidth: 100,
        cells: [
          // Runs over B1 and C1 (empty: a background alone does not stop it), up to D1.
          text(1, 1, 'Social media KPI report', { bold: true }),
          { row: 1, column: 3, value: '', display: '', style: { background: '#eeeeee' } },
          text(1, 4, 'Next'),
          // Text beside a filled cell stays in its own; the last column has nowhere to go.
          text(1, 5, 'Edge'),
          text(2, 1, 'Blocked'),
          text(2, 2, 'Full'),
          // Right-aligned, wrapped and number cells keep to their own cell.
          text(3, 1, 'Right', { horizontalAlignment: 'right' }),
          text(4, 1, 'Wrapped', { wrap: true }),
          { row: 5, column: 1, value: 12345, display: '12,345' },
          // Text never runs on into a merge.
          text(6, 1, 'Before merge'),
          text(7, 4, 'Tail'),
        ],
        merges: [{ row: 6, column: 2, numRows: 1, numColumns: 2 }],
      }),
      new Map(),
    );
    const cellHtml = (row: number, column: number) =>
      new RegExp(`<td data-row="${row}" data-column="${column}"[^>]*>.*?</td>`).exec(html)?.[0];
    expect(cellHtml(1, 1)).toBe(
      '<td data-row="1" data-column="1" class="runs-on" style="font-weight:bold;text-align:left">' +
        `<span style="width:${60 + 70 + 80 - 9}px">Social media KPI report</span></td>`,
    );
    // Up to the sheet's last column.
    expect(cellHtml(7, 4)).toContain(`<span style="width:${100 + 100 - 9}px">Tail</span>`);
    for (const [row, column] of [
      [1, 4],
      [1, 5],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 1],
    ]) {
      expect(cellHtml(row, column)).not.toContain('runs-on');
      expect(cellHtml(row, column)).not.toContain('<span');
    }
  });

  it('keeps frozen rows and draws only the requested window of the others', () => {
    const html = renderSheet(sheetView({ rowCount: 100, frozenRows: 1 }), new Map(), { first: 50, last: 60 });
    expect(html).toContain('<tr data-row="1" class="frozen frozen-last" style="top:22px">');
    expect(html).toContain('data-row="50"');
    expect(html).not.toContain('data-row="49"');
    expect(html).not.toContain('data-row="61"');
  });
});

describe('conditional formats', () => {
  it('applies the first matching rule per cell and interpolates colour scales', () => {
    const sheet = sheetView({
      cells: [1, 5, 10].map((value, i) => ({ row: i + 1, column: 1, value, display: String(value) })),
      conditionalFormats: [
        {
          ranges: [{ row: 1, column: 1, numRows: 3, numColumns: 1 }],
          condition: { type: 'NUMBER_GREATER_THAN', values: [8] },
          gradient: null,
          style: { background: '#ff0000', bold: true },
        },
        {
          ranges: [{ row: 1, column: 1, numRows: 3, numColumns: 1 }],
          condition: null,
          gradient: {
            min: { color: '#000000', type: 'MIN', value: '' },
            max: { color: '#ffffff', type: 'MAX', value: '' },
          },
          style: {},
        },
      ],
    });
    const styles = conditionalStyles(sheet);
    expect(styles.get('3:1')).toEqual({ background: '#ff0000', bold: true });
    expect(styles.get('1:1')).toEqual({ background: '#000000' });
    expect(styles.get('2:1')).toEqual({ background: mixColors('#000000', '#ffffff', 4 / 9) });
  });
});

describe('charts', () => {
  it('maps Apps Script chart types to chart.js', () => {
    const chart = {
      id: 'a',
      type: 'BAR',
      title: 'Reach',
      anchorRow: 1,
      anchorColumn: 1,
      offsetX: 0,
      offsetY: 0,
      width: 400,
      height: 300,
      labels: ['Jan', 'Feb'],
      series: [{ name: 'Reach', values: [1, 2] }],
      axes: [],
      seriesAxes: [0],
    };
    const config = chartJsConfig(chart);
    expect(config.type).toBe('bar');
    expect(config.options.indexAxis).toBe('y');
    expect(config.data.datasets[0].data).toEqual([1, 2]);
    expect(chartJsConfig({ ...chart, type: 'LINE' }).type).toBe('line');
  });
});

describe('sample data', () => {
  it('is what Insert sample rows writes: 15 complete months up to last month, 4 channels a day', () => {
    const today = new Date('2025-03-15T12:00:00Z');
    const rows = workbenchSampleRows({ today });
    expect(rows).toEqual(sampleRows({ endMonth: 202502, months: SAMPLE_MONTHS }));
    expect(workbenchSampleRows({ today })).toEqual(rows);
    expect(SAMPLE_MONTHS).toBe(15);
    // 2023-12-01 to 2025-02-28: 31 + 366 (2024) + 31 + 28 days.
    expect(rows[0][0]).toBe('2023-12-01');
    expect(rows[rows.length - 1][0]).toBe('2025-02-28');
    expect(rows).toHaveLength((31 + 366 + 31 + 28) * 4);
    expect(new Set(rows.map((row) => row[1]))).toEqual(
      new Set(['Instagram', 'Facebook', 'LinkedIn', 'TikTok']),
    );
    expect(rows[0]).toHaveLength(SAMPLE_HEADERS.length);
  });

  it("ends with the month before today in the spreadsheet's time zone", () => {
    // 23:30 UTC on 31 March is already April in Stockholm: March is then the last complete month.
    const today = new Date('2025-03-31T23:30:00Z');
    expect(workbenchSampleRows({ today, months: 1, timeZone: 'Europe/Stockholm' }).at(-1)?.[0]).toBe(
      '2025-03-31',
    );
    expect(workbenchSampleRows({ today, months: 1, timeZone: 'America/New_York' }).at(-1)?.[0]).toBe(
      '2025-02-28',
    );
  });
});

describe('shim injection and discovery', () => {
  it('puts the shim first in <head> and keeps its config from closing the script', () => {
    const html = injectShim('<html><head><title>x</title></head></html>', 'SHIM', {
      functions: ['</script><b>'],
      endpoint: '/api/run',
    });
    expect(html.indexOf('SHIM')).toBeLessThan(html.indexOf('<title>'));
    expect(html).not.toContain('</script><b>');
  });

  it('finds custom functions by their @customfunction JSDoc', () => {
    const source =
      '/** Help.\n * @customfunction\n */\nfunction CTR(a, b) {}\n/** Not one. */\nfunction onOpen() {}';
    expect(customFunctionNames([{ name: 'functions.js', source }])).toEqual(['CTR']);
  });
});

describe('xlsx export', () => {
  it('writes values, number formats, bold, colours, merges, frozen rows and widths', async () => {
    const view: WorkbookView = {
      name: 'Test',
      activeSheet: 'Data',
      locale: 'en_US',
      timeZone: 'Europe/Stockholm',
      sheets: [
        sheetView({
          name: 'Data',
          frozenRows: 1,
          columnWidths: { '1': 96 },
          merges: [{ row: 4, column: 1, numRows: 1, numColumns: 2 }],
          cells: [
            {
              row: 1,
              column: 1,
              value: 'Date',
              display: 'Date',
              style: { bold: true, background: '#f1f3f4' },
            },
            {
              row: 2,
              column: 1,
              value: { date: '2023-12-31T23:00:00.000Z' },
              display: '2024-01-01',
              style: { numberFormat: 'yyyy-mm-dd' },
            },
            {
              row: 2,
              column: 2,
              value: 1234.5,
              display: '1,234.50',
              style: { numberFormat: '#,##0.00', fontColor: '#d93025' },
            },
          ],
        }),
      ],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await workbookToXlsx(view)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Data')!;
    expect(sheet.getCell('A1').value).toBe('Date');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect((sheet.getCell('A1').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFF1F3F4');
    // Midnight in Stockholm is the wall-clock date Excel must show.
    expect((sheet.getCell('A2').value as Date).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('B2').value).toBe(1234.5);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('B2').font.color?.argb).toBe('FFD93025');
    expect(sheet.getCell('B4').isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(13);
  });
});
