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

/** Median wall time of `runs` calls after `warmup` calls: the median shrugs off a stray GC pause. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
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
  const time = (fn: () => unknown, into: number[]) => {
    collectGarbage();
    const start = performance.now();
    fn();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      time(a, timesA);
      time(b, timesB);
    } else {
      time(b, timesB);
      time(a, timesA);
    }
  }
  const median = (times: number[]) => times.sort((x, y) => x - y)[times.length >> 1];
  return [median(timesA), median(timesB)];
}

export function verdict(value: number, target: number): string {
  return value <= target ? 'ok' : 'OVER TARGET';
}

export { mulberry32 } from '../../util/random';
