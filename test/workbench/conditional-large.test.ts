import { conditionalStyles } from '../../src/local/workbench/page/conditional';
import type { SheetView } from '../../src/local/workbench/view-model';

describe('a colour scale over 200,000 cells in the workbench', () => {
  it('finds the least and greatest without spreading every number into one call', () => {
    const count = 200_000;
    const sheet: SheetView = {
      name: 'KPI data',
      rowCount: count,
      columnCount: 1,
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: {},
      defaultColumnWidth: 100,
      cells: Array.from({ length: count }, (_, i) => ({
        row: i + 1,
        column: 1,
        value: i,
        display: String(i),
      })),
      merges: [],
      conditionalFormats: [
        {
          ranges: [{ row: 1, column: 1, numRows: count, numColumns: 1 }],
          condition: null,
          gradient: {
            min: { color: '#000000', type: 'MIN', value: '' },
            max: { color: '#ffffff', type: 'MAX', value: '' },
          },
          style: {},
        },
      ],
      charts: [],
    };
    const styles = conditionalStyles(sheet);
    expect(styles.get('1:1')).toEqual({ background: '#000000' });
    expect(styles.get(`${count}:1`)).toEqual({ background: '#ffffff' });
  });
});
