import type { GoalsData, MonthlyPoint } from '../../src/goals/data';
import { isoDateInZone } from '../../src/goals/dates';
import { KPIS } from '../../src/kpi/registry';
import type { FakeAppsScript } from '../../src/local/fakes';

/*
 * A small `KPI data` tab and a test-only GoalsData that reads it, standing in for the report's
 * adapter (src/goals/adapter.ts has no data until the report lands). Engagement rises from about
 * 3 % to 4 % over January–September 2025 on two channels, so the baseline, the achievability and
 * the progress of the example goal all have real numbers behind them.
 */

export const KPI_DATA_TAB = 'KPI data';
export const HEADERS = ['Date', 'Channel', 'Impressions', 'Likes', 'Comments', 'Shares'];
export const CHANNELS = ['Instagram', 'Facebook'];
export const MONTHS = [
  '2025-01',
  '2025-02',
  '2025-03',
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
];

/** Two posts per channel and month; engagements per 1,000 impressions grow month by month. */
export function kpiDataRows(): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [HEADERS];
  MONTHS.forEach((month, i) => {
    CHANNELS.forEach((channel, c) => {
      for (const day of ['05', '20']) {
        const impressions = 10000 + 1000 * c;
        const perMille = 30 + i * 1.5 + c * 2; // 3.0 % in January → 4.2 % in September on Instagram
        const engagements = Math.round((impressions * perMille) / 1000);
        const likes = Math.round(engagements * 0.7);
        const comments = Math.round(engagements * 0.2);
        rows.push([`${month}-${day}`, channel, impressions, likes, comments, engagements - likes - comments]);
      }
    });
  });
  return rows;
}

export function writeKpiDataTab(gas: FakeAppsScript): void {
  const rows = kpiDataRows();
  const sheet = gas.spreadsheet.insertSheet(KPI_DATA_TAB);
  sheet.getRange(1, 1, rows.length, HEADERS.length).setValues(rows);
}

/** Sheets (and the fakes) turn "2025-07-05" into a date; either way, the month. */
function monthOfCell(cell: unknown): string {
  return cell instanceof Date
    ? isoDateInZone(cell, 'Europe/Stockholm').slice(0, 7)
    : String(cell).slice(0, 7);
}

const ENGAGEMENT_COLUMNS = ['Likes', 'Comments', 'Shares'];

/** GoalsData computed from the tab as it is in the fake spreadsheet at each call. */
export function goalsDataFromTab(gas: FakeAppsScript): GoalsData {
  const read = () => {
    const sheet = gas.spreadsheet.getSheetByName(KPI_DATA_TAB);
    const values = sheet ? (sheet.getDataRange().getValues() as Array<Array<string | number | Date>>) : [];
    const [header = [], ...body] = values;
    const col = (name: string) => header.indexOf(name);
    return { header: header.map(String), body, col };
  };
  /** Monthly sums of some columns, per channel or pooled. */
  const sums = (columns: string[], channel: string | null) => {
    const { body, col } = read();
    const byMonth = new Map<string, number>();
    for (const row of body) {
      if (channel !== null && row[col('Channel')] !== channel) continue;
      const month = monthOfCell(row[col('Date')]);
      const add = columns.reduce((s, name) => s + Number(row[col(name)]), 0);
      byMonth.set(month, (byMonth.get(month) ?? 0) + add);
    }
    return byMonth;
  };
  const series = (kpiId: string, channel: string | null): MonthlyPoint[] => {
    const months = [...sums(['Impressions'], channel).keys()].sort();
    if (kpiId === 'engagement_rate') {
      const engaged = sums(ENGAGEMENT_COLUMNS, channel);
      const seen = sums(['Impressions'], channel);
      return months.map((month) => ({ month, value: engaged.get(month)! / seen.get(month)! }));
    }
    const kpi = KPIS.find((k) => k.id === kpiId);
    const header = kpiId === 'engagements' ? null : kpi?.column?.header;
    const columns = kpiId === 'engagements' ? ENGAGEMENT_COLUMNS : header ? [header] : [];
    if (columns.length === 0 || !columns.every((c) => read().header.includes(c))) return [];
    const totals = sums(columns, channel);
    return months.map((month) => ({ month, value: totals.get(month) ?? null }));
  };
  return {
    get channels() {
      const { body, col } = read();
      return [...new Set(body.map((row) => String(row[col('Channel')])))];
    },
    get months() {
      return [...sums(['Impressions'], null).keys()].sort();
    },
    series,
    availability(kpiId) {
      if (kpiId === 'engagement_rate' || kpiId === 'engagements')
        return { computable: true, missingColumns: [] };
      const kpi = KPIS.find((k) => k.id === kpiId);
      const header = kpi?.column?.header;
      if (header) {
        return read().header.includes(header)
          ? { computable: true, missingColumns: [] }
          : { computable: false, missingColumns: [header] };
      }
      // The fixture does not model every formula's inputs: it names the column this tab lacks
      // that most of them need, which is what the sidebar must show.
      return { computable: false, missingColumns: ['Followers'] };
    },
  };
}
