import { benchValues, reportCalls } from '../../src/local/bench/report';

describe('spreadsheet calls of Build monthly report', () => {
  // The in-memory sheet needs most of this time to hold 100,000 rows, not the report.
  it('are the same for 1,000 and 100,000 data rows, and at most 40', () => {
    const small = reportCalls(benchValues(1_000));
    const large = reportCalls(benchValues(100_000));
    expect(large).toEqual(small);
    const total = Object.values(small).reduce((sum, n) => sum + n, 0);
    expect(total).toBeLessThanOrEqual(40);
    expect(small['Range.getValues']).toBe(1);
    for (const setter of [
      'setValues',
      'setNumberFormats',
      'setFontWeights',
      'setBackgrounds',
      'setFontColors',
    ]) {
      expect(small[`Range.${setter}`]).toBe(1);
    }
  }, 300_000);
});
