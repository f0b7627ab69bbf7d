import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ReportJson } from '../../src/local/cli/report';
import { runReportCli } from './cli-run';

const run = runReportCli;

const CHANNELS = ['Instagram', 'Facebook', 'LinkedIn', 'TikTok'];

/**
 * `count` post rows over September and October 2026, channel by channel in turn, impressions
 * 1 to 10: a file past the 125,000 rows at which spreading every row into one call overflowed
 * the stack. Also returns October's impressions per channel, added up here.
 */
function largeCsv(count: number): { path: string; october: number[] } {
  const lines = ['Date,Channel,Post ID,Impressions'];
  const october = CHANNELS.map(() => 0);
  for (let i = 0; i < count; i++) {
    const inOctober = i % 3 !== 0;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const channel = i % CHANNELS.length;
    const impressions = 1 + (i % 10);
    if (inOctober) october[channel] += impressions;
    lines.push(`2026-${inOctober ? '10' : '09'}-${day},${CHANNELS[channel]},p${i},${impressions}`);
  }
  const path = join(mkdtempSync(join(tmpdir(), 'report-large-')), 'large.csv');
  writeFileSync(path, lines.join('\n'));
  return { path, october };
}

describe('npm run report on a large file', () => {
  it('reports 200,000 rows: every October row counted, none lost to a stack overflow', async () => {
    const { path, october } = largeCsv(200_000);
    const { code, out, err } = await run(['--data', path, '--month', '2026-10', '--json']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(out) as ReportJson;
    CHANNELS.forEach((channel, c) => expect(json.values[channel].impressions).toBe(october[c]));
    expect(json.values['All channels'].impressions).toBe(october.reduce((a, b) => a + b, 0));
  }, 120_000);
});

describe('npm run report -- --help', () => {
  it.each([['--help'], ['-h'], ['--data', 'x.csv', '--help']])(
    '%s prints the usage on stdout',
    async (...args) => {
      const { code, out, err } = await run(args);
      expect(code).toBe(0);
      expect(err).toBe('');
      expect(out).toMatch(
        /^Usage: npm run report -- --data FILE\.csv \(--week YYYY-Www \| --month YYYY-MM \| --quarter YYYY-Qn\)/,
      );
      expect(out).toContain('--help, -h          print this and stop');
    },
  );
});
