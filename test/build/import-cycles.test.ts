import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cyclesOf, folderGraph, importGraph, valueImports } from '../../src/local/build/import-graph';

const SRC = join(__dirname, '..', '..', 'src');

describe('imports in src/', () => {
  const graph = importGraph(SRC);

  it('reads the real tree', () => {
    // The report reads goals' rows through a callback, never by importing the goals' code.
    expect(graph.get('report/prepare.ts')).not.toContain('goals/adapter.ts');
    expect(graph.get('goals/adapter.ts')).toContain('report/prepare.ts');
  });

  it('has no cycle between its top-level folders', () => {
    expect(cyclesOf(folderGraph(graph))).toEqual([]);
  });

  it('has no cycle between its files', () => {
    expect(cyclesOf(graph)).toEqual([]);
  });
});

describe('the cycle check', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'import-cycles-'));
    mkdirSync(join(root, 'goals'));
    mkdirSync(join(root, 'report'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds two folders importing each other, and the files that do it', () => {
    writeFileSync(join(root, 'goals', 'adapter.ts'), "import { read } from '../report/read';\n");
    writeFileSync(join(root, 'report', 'read.ts'), 'export const read = 1;\n');
    writeFileSync(join(root, 'report', 'prepare.ts'), "import { x } from '../goals/adapter';\n");
    const graph = importGraph(root);
    expect(cyclesOf(folderGraph(graph))).toEqual([['goals', 'report']]);
    expect(cyclesOf(graph)).toEqual([]);
    writeFileSync(join(root, 'report', 'read.ts'), "import '../goals/adapter';\n");
    expect(cyclesOf(importGraph(root))).toEqual([['goals/adapter.ts', 'report/read.ts']]);
  });

  it('counts value imports and re-exports, not type-only ones', () => {
    expect(
      valueImports(
        [
          "import type { A } from './a';",
          "import { type B, type C } from './b';",
          "import { type D, e } from './d';",
          "import f from './f';",
          "import * as g from './g';",
          "import './h';",
          "export type { I } from './i';",
          "export { j } from './j';",
          "export * from './k';",
        ].join('\n'),
      ),
    ).toEqual(['./d', './f', './g', './h', './j', './k']);
  });
});
