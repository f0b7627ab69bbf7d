import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { mulberry32, pairedMedianMs, verdict } from './measure';

type Run = (name: string, args: unknown[]) => unknown;

const ROWS = 100_000;
const RATIO_TARGET = 2;

/**
 * The shipped bundle, loaded as Apps Script loads it for each custom function call: a plain
 * script defining a global, as source not compiled before. One load per function measured, so
 * none runs on what the engine learned from another's arguments. (In this realm: code in a
 * node:vm context pays for every global it names, which Apps Script does not.)
 */
function loadBundle(dist: string, load: number): Run {
  runInThisContext(`${readFileSync(join(dist, 'bundle.js'), 'utf8')}\n//${load}`, { filename: 'bundle.js' });
  return (globalThis as unknown as { SocialKPIs: { runCustomFunction: Run } }).SocialKPIs.runCustomFunction;
}

function column(rows: number, random: () => number, scale: number): number[][] {
  return Array.from({ length: rows }, () => [Math.round(random() * scale)]);
}

function columns(rows: number, width: number, random: () => number, scale: number): number[][] {
  return Array.from({ length: rows }, () =>
    Array.from({ length: width }, () => Math.round(random() * scale)),
  );
}

/*
 * Each baseline is the loop a developer would write by hand for that one KPI on already-clean
 * numbers, producing the same 2-D output: the ratio is the price of validation and generality.
 */
function plainEngagementRate(engagements: number[][], base: number[][]): (number | string)[][] {
  const out: (number | string)[][] = new Array(engagements.length);
  for (let r = 0; r < engagements.length; r++) {
    const row = engagements[r];
    const b = base[r][0];
    out[r] = [b === 0 ? '' : (row[0] + row[1] + row[2] + row[3]) / b];
  }
  return out;
}

function plainShareOfVoice(brand: number[][], competitors: number[][]): (number | string)[][] {
  const out: (number | string)[][] = new Array(brand.length);
  for (let r = 0; r < brand.length; r++) {
    const row = competitors[r];
    let others = 0;
    for (let c = 0; c < row.length; c++) others += row[c];
    const total = brand[r][0] + others;
    out[r] = [total === 0 ? '' : brand[r][0] / total];
  }
  return out;
}

function plainNps(scores: number[][]): number {
  let promoters = 0;
  let detractors = 0;
  for (let r = 0; r < scores.length; r++) {
    const s = scores[r][0];
    if (s >= 9) promoters++;
    else if (s <= 6) detractors++;
  }
  return ((promoters - detractors) / scores.length) * 100;
}

export function benchFunctions(root = resolve(__dirname, '../../..')): string[] {
  const dist = join(root, 'dist');
  const random = mulberry32(42);
  const engagements = columns(ROWS, 4, random, 500);
  const reach = column(ROWS, random, 20_000);
  const brand = column(ROWS, random, 300);
  const competitors = columns(ROWS, 5, random, 300);
  const scores = column(ROWS, random, 10);

  const cases: Array<{ label: string; ours: (run: Run) => unknown; plain: () => unknown }> = [
    {
      label: 'ENGAGEMENT_RATE, 4 engagement columns',
      ours: (run) => run('ENGAGEMENT_RATE', [engagements, reach]),
      plain: () => plainEngagementRate(engagements, reach),
    },
    {
      label: 'SHARE_OF_VOICE, 5 competitor columns',
      ours: (run) => run('SHARE_OF_VOICE', [brand, competitors]),
      plain: () => plainShareOfVoice(brand, competitors),
    },
    { label: 'NPS over 100,000 scores', ours: (run) => run('NPS', [scores]), plain: () => plainNps(scores) },
  ];

  const lines = [
    `Custom functions on ${ROWS.toLocaleString('en-US')} rows (medians of 21 alternating runs):`,
  ];
  for (const [load, { label, ours, plain }] of cases.entries()) {
    const run = loadBundle(dist, load);
    const [oursMs, plainMs] = pairedMedianMs(() => ours(run), plain);
    const ratio = oursMs / plainMs;
    lines.push(
      `  ${label}: ${oursMs.toFixed(2)} ms, plain loop ${plainMs.toFixed(2)} ms, ratio ${ratio.toFixed(2)} ` +
        `(target ≤ ${RATIO_TARGET}: ${verdict(ratio, RATIO_TARGET)})`,
    );
  }
  return lines;
}
