import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/*
 * A full garbage collection before every timed run: otherwise the garbage one run leaves (100,000
 * result rows) is collected during whichever run comes next, and a ratio of two functions measures
 * where the collector happened to stop. Each run then pays for its own allocations only.
 */
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

export function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

/** Wall time of one call, from a collected heap. */
function timedRun(fn: () => unknown): number {
  collectGarbage();
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Median wall time of `runs` calls after `warmup` calls: the median shrugs off a stray GC pause. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  return median(Array.from({ length: runs }, () => timedRun(fn)));
}

/**
 * Medians of two functions timed in alternation (a b, b a, a b, …): a busy machine or a GC pause
 * then lands on both sides alike, so their ratio holds steadier than two separate medians'.
 */
export function pairedMedianMs(a: () => unknown, b: () => unknown, runs = 21, warmup = 5): [number, number] {
  for (let i = 0; i < warmup; i++) {
    a();
    b();
  }
  const timesA: number[] = [];
  const timesB: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      timesA.push(timedRun(a));
      timesB.push(timedRun(b));
    } else {
      timesB.push(timedRun(b));
      timesA.push(timedRun(a));
    }
  }
  return [median(timesA), median(timesB)];
}

export function verdict(value: number, target: number): string {
  return value <= target ? 'ok' : 'OVER TARGET';
}

export { mulberry32 } from '../../util/random';
