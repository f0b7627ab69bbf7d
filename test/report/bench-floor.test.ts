import { asSheetValues, benchValues, leastRead } from '../../src/local/bench/report';
import { readDataValues } from '../../src/report/read';

/*
 * npm run bench weighs the report against the least a report could cost (leastRead): that floor
 * means something only if it really adds up every channel-month, the same sums the report reads.
 */
describe("the bench's least report", () => {
  it('adds up each channel-month of the bench rows to the sums the report reads', () => {
    const values = asSheetValues(benchValues(1_000));
    const width = values[0].length;
    const least = leastRead(values);
    const read = readDataValues(values, { timeZone: 'Europe/Stockholm', locale: 'en_US' });
    if (!read.ok) throw new Error(read.reason);
    const { periods: months, channels, headers } = read.data;
    expect(months.size).toBe(12);
    expect(channels).toHaveLength(8);
    let compared = 0;
    for (const [month, byChannel] of months) {
      byChannel.forEach((totals, channel) => {
        const base = (((month % 100) - 1) * channels.length + channel) * width;
        headers.slots.forEach((slot, s) => {
          expect(least[base + slot.index]).toBeCloseTo(totals?.sums[s] ?? 0, 6);
          compared++;
        });
      });
    }
    expect(compared).toBe(12 * 8 * headers.slots.length);
    // Nothing outside the channel-months' number columns.
    const inBuckets = least.reduce((sum, n) => sum + n, 0);
    let readTotal = 0;
    for (const byChannel of months.values())
      for (const totals of byChannel) readTotal += totals?.sums.reduce((sum, n) => sum + n, 0) ?? 0;
    expect(inBuckets).toBeCloseTo(readTotal, 3);
  });
});
