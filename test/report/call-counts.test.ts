import { benchValues, manyChannels, reportCalls, totalCalls } from '../../src/local/bench/report';

describe('spreadsheet calls of Build monthly report', () => {
  // That they stay the same for 100,000 rows is `npm run bench`'s to show ("calls equal for both
  // sizes"): holding 100,000 rows in the in-memory sheet took half the unit suite's time.
  it('are at most 40 for 1,000 data rows, for a first build and a rebuild', () => {
    const small = reportCalls(benchValues(1_000));
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
    // A rebuild finds its own tab by its metadata, places the new tab where it is, deletes it
    // once the new one is written and renames the new one: that, and nothing else, is extra.
    expect(small.rebuild['Spreadsheet.deleteSheet']).toBe(1);
    expect(small.rebuild['Sheet.getIndex']).toBe(1);
    expect(small.first['Spreadsheet.deleteSheet']).toBeUndefined();
    expect(small.first['Sheet.getIndex']).toBeUndefined();
    for (const calls of [small.first, small.rebuild]) expect(calls['Sheet.setName']).toBe(1);
    // Eight channels fit the 26 columns of a new tab.
    expect(small.first['Sheet.insertColumnsAfter']).toBeUndefined();
  });

  it('stay at most 40 with 60 channels, the columns past the 26 of a new tab added in one call', () => {
    const wide = reportCalls(benchValues(1_000, manyChannels(60)));
    expect(totalCalls(wide.first)).toBeLessThanOrEqual(40);
    expect(totalCalls(wide.rebuild)).toBeLessThanOrEqual(40);
    for (const calls of [wide.first, wide.rebuild]) {
      expect(calls['Sheet.insertColumnsAfter']).toBe(1);
      expect(calls['Range.setValues']).toBe(1);
    }
  });

  it('counts builder calls apart: they build local objects, not round trips', () => {
    const { first, builders } = reportCalls(benchValues(1_000));
    // Four change-colour rules by direction and the goals' progress scale, and two charts.
    expect(builders['SpreadsheetApp.newConditionalFormatRule']).toBe(5);
    expect(builders['ConditionalFormatRuleBuilder.build']).toBe(5);
    expect(builders['EmbeddedChartBuilder.build']).toBe(2);
    expect(Object.keys(first).filter((method) => method.includes('Builder'))).toEqual([]);
  });
});
