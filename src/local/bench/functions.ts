import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInThisContext } from 'node:vm';
import { median, mulberry32, pairedMedianMs, verdict } from './measure';

type Run = (name: string, args: unknown[]) => unknown;

const ROWS = 100_000;
const RATIO_TARGET = 2;

/**
 * The shipped bundle, loaded as Apps Script loads it for each custom function call: a plain
 * script defining a global, as source not compiled before, in a process that timed nothing else.
 * (In this realm: code in a node:vm context pays for every global it names, which Apps Script
 * does not.)
 */
function loadBundle(dist: string): Run {
  runInThisContext(readFileSync(join(dist, 'bundle.js'), 'utf8'), { filename: 'bundle.js' });
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

interface FunctionCase {
  label: string;
  /** The case's data, and the two sides to time on it. */
  setup(random: () => number): { ours: (run: Run) => unknown; plain: () => unknown };
}

const CASES: FunctionCase[] = [
  {
    label: 'ENGAGEMENT_RATE, 4 engagement columns',
    setup(random) {
      const engagements = columns(ROWS, 4, random, 500);
      const reach = column(ROWS, random, 20_000);
      return {
        ours: (run) => run('ENGAGEMENT_RATE', [engagements, reach]),
        plain: () => plainEngagementRate(engagements, reach),
      };
    },
  },
  {
    label: 'SHARE_OF_VOICE, 5 competitor columns',
    setup(random) {
      const brand = column(ROWS, random, 300);
      const competitors = columns(ROWS, 5, random, 300);
      return {
        ours: (run) => run('SHARE_OF_VOICE', [brand, competitors]),
        plain: () => plainShareOfVoice(brand, competitors),
      };
    },
  },
  {
    label: 'NPS over 100,000 scores',
    setup(random) {
      const scores = column(ROWS, random, 10);
      return { ours: (run) => run('NPS', [scores]), plain: () => plainNps(scores) };
    },
  },
];

/** One case timed in this process: [ours, plain] medians in ms. */
export function measureFunctionCase(index: number, root = resolve(__dirname, '../../..')): [number, number] {
  const { ours, plain } = CASES[index].setup(mulberry32(42));
  const run = loadBundle(join(root, 'dist'));
  return pairedMedianMs(() => ours(run), plain);
}

/*
 * Each case runs in fresh processes, with V8's allocation-site pretenuring off. Otherwise a loop
 * that makes 100,000 result rows runs in one of two speeds, 3 × apart, depending on whether V8
 * saw its rows survive a collection during the warm-up runs and moved the rest of their
 * allocations to the old generation: the plain loop took 3 ms in one process and 12 ms in the
 * next, and so did ours. Apps Script runs each custom function call once, in a fresh execution,
 * before any such decision; off, both sides are timed in that mode. The figures are the medians
 * over the processes.
 */
const PROCESSES = 5;
const V8_FLAGS = ['--no-allocation-site-pretenuring'];

export function benchFunctions(): string[] {
  const lines = [
    `Custom functions on ${ROWS.toLocaleString('en-US')} rows (each in ${PROCESSES} fresh processes, ${V8_FLAGS.join(' ')}: medians of 21 alternating runs, then the median over the processes):`,
  ];
  for (const [index, { label }] of CASES.entries()) {
    const runs = Array.from({ length: PROCESSES }, () => {
      const output = execFileSync(
        process.execPath,
        [...process.execArgv, ...V8_FLAGS, join(__dirname, 'function-case.ts'), String(index)],
        { encoding: 'utf8' },
      );
      return JSON.parse(output) as [number, number];
    });
    const oursMs = median(runs.map(([ours]) => ours));
    const plainMs = median(runs.map(([, plain]) => plain));
    const ratios = runs.map(([ours, plain]) => ours / plain).sort((a, b) => a - b);
    const ratio = median(ratios);
    lines.push(
      `  ${label}: ${oursMs.toFixed(2)} ms, plain loop ${plainMs.toFixed(2)} ms, ratio ${ratio.toFixed(2)} ` +
        `(${ratios[0].toFixed(2)}–${ratios[ratios.length - 1].toFixed(2)} over the processes; target ≤ ${RATIO_TARGET}: ${verdict(ratio, RATIO_TARGET)})`,
    );
  }
  return lines;
}
