import { performance } from 'node:perf_hooks';

/** Median wall time of `runs` calls after `warmup` calls: the median shrugs off a stray GC pause. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 5): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

export function verdict(value: number, target: number): string {
  return value <= target ? 'ok' : 'OVER TARGET';
}

export { mulberry32 } from '../../util/random';
