import { benchValues, reportCalls, totalCalls } from '../../src/local/bench/report';

describe('spreadsheet calls of Build monthly report', () => {
  // The in-memory sheet needs most of this time to hold 100,000 rows, not the report.
  it('are the same for 1,000 and 100,000 data rows, at most 40, for a first build and a rebuild', () => {
    const small = reportCalls(benchValues(1_000));
    const large = reportCalls(benchValues(100_000));
    expect(large.first).toEqual(small.first);
    expect(large.rebuild).toEqual(small.rebuild);
    expect(totalCalls(small.first)).toBeLessThanOrEqual(40);
    expect(totalCalls(small.rebuild)).toBeLessThanOrEqual(40);
    for (const calls of [small.first, small.rebuild]) {
      // One read of the data tab and one of the Goals tab.
      expect(calls['Range.getValues']).toBe(2);
      for (const setter of [
        'setValues',
        'setNumberFormats',
        'setFontWeights',
        'setBackgrounds',
        'setFontColors',
      ]) {
        expect(calls[`Range.${setter}`]).toBe(1);
      }
      expect(calls['Sheet.setConditionalFormatRules']).toBe(1);
      // Every range the write needs comes from one range list.
      expect(calls['Sheet.getRange'] ?? 0).toBe(0);
      expect(calls['Sheet.getRangeList']).toBe(1);
    }
    // A rebuild finds its own tab by its metadata and deletes it: that, and nothing else, is extra.
    expect(small.rebuild['Spreadsheet.deleteSheet']).toBe(1);
    expect(small.first['Spreadsheet.deleteSheet']).toBeUndefined();
  }, 300_000);

  it('counts builder calls apart: they build local objects, not round trips', () => {
    const { first, builders } = reportCalls(benchValues(1_000));
    // Four change-colour rules by direction and the goals' progress scale, and two charts.
    expect(builders['SpreadsheetApp.newConditionalFormatRule']).toBe(5);
    expect(builders['ConditionalFormatRuleBuilder.build']).toBe(5);
    expect(builders['EmbeddedChartBuilder.build']).toBe(2);
    expect(Object.keys(first).filter((method) => method.includes('Builder'))).toEqual([]);
  });
});
