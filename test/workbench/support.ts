import { join } from 'node:path';
import { generateSampleRows } from '../../src/local/workbench/sample-data';

export const DIST = join(__dirname, '../../dist');

/** Pinned so the sample data, and so every asserted value, is the same on every run. */
export const TODAY = new Date('2025-03-15T12:00:00Z');

/** A month of sample rows: the real generator, small enough for fast unit tests. */
export const SMALL_SAMPLE = generateSampleRows({ today: TODAY, months: 1 });
