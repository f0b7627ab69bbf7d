import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appsScriptCalls } from './apps-script-calls';

const ROOT = join(__dirname, '../..');
const LIST = join(ROOT, 'docs/apps-script-behaviours.md');

interface Row {
  behaviour: string;
  methods: string[];
  reference: string;
  testFile: string;
  testTitle: string;
}

/** The rows of the list's one table: | behaviour | methods | reference | test file › title |. */
function rows(): Row[] {
  const lines = readFileSync(LIST, 'utf8').split('\n');
  const header = lines.findIndex((line) => line.startsWith('| Behaviour |'));
  if (header < 0) throw new Error('docs/apps-script-behaviours.md has no "| Behaviour |" table');
  const body = lines.slice(header + 2);
  const end = body.findIndex((line) => !line.startsWith('|'));
  return body.slice(0, end < 0 ? body.length : end).map((line) => {
    const cells = line.slice(1, -1).split(' | ');
    if (cells.length !== 4) throw new Error(`Not four cells: ${line}`);
    const [behaviour, methods, reference, test] = cells.map((cell) => cell.trim());
    const match = /^`([^`]+)` › (.+)$/.exec(test);
    if (!match) throw new Error(`The test cell is not "\`file\` › title": ${test}`);
    return {
      behaviour,
      methods: [...methods.matchAll(/`([A-Za-z]+\.[A-Za-z0-9]+)`/g)].map((m) => m[1]),
      reference,
      testFile: match[1],
      testTitle: match[2],
    };
  });
}

/** A test's title as it is written in its file: it('…') or test('…'). */
function declaresTest(source: string, title: string): boolean {
  return [`'${title.replace(/'/g, "\\'")}'`, `"${title}"`, `\`${title}\``].some(
    (quoted) =>
      source.includes(`it(${quoted}`) ||
      source.includes(`test(${quoted}`) ||
      source.includes(`(\n    ${quoted}`),
  );
}

describe('docs/apps-script-behaviours.md', () => {
  it('names, in every row, a reference page and a test file and title that exist', () => {
    const table = rows();
    expect(table.length).toBeGreaterThan(20);
    const broken = table.flatMap((row) => {
      const problems: string[] = [];
      if (!/^https:\/\/(developers\.google\.com|support\.google\.com)\/\S+$/.test(row.reference))
        problems.push(`reference "${row.reference}" is not a Google reference address`);
      const path = join(ROOT, row.testFile);
      if (!existsSync(path)) problems.push(`no file ${row.testFile}`);
      else if (!declaresTest(readFileSync(path, 'utf8'), row.testTitle))
        problems.push(`${row.testFile} has no test "${row.testTitle}"`);
      if (row.methods.length === 0) problems.push('names no Apps Script method');
      return problems.map((problem) => `${row.behaviour}: ${problem}`);
    });
    expect(broken).toEqual([]);
  });

  it('fails for a test title that does not exist', () => {
    const source = readFileSync(join(ROOT, 'test/fakes/limits.test.ts'), 'utf8');
    expect(
      declaresTest(source, 'refuses rows, columns or a new tab that would take the file past the limit'),
    ).toBe(true);
    expect(declaresTest(source, 'a test nobody wrote')).toBe(false);
  });

  it('lists every Apps Script method the add-on’s server code calls', () => {
    const listed = new Set(rows().flatMap((row) => row.methods));
    const calls = appsScriptCalls();
    // The finder must see the calls it is meant to catch.
    expect(calls.get('Range.setValues')).toContain('src/report/writer.ts');
    expect(calls.get('Session.getActiveUser')).toEqual(['src/services/services.ts']);
    const missing = [...calls.entries()]
      .filter(([method]) => !listed.has(method))
      .map(([method, files]) => `${method} (${files.join(', ')})`);
    expect(missing).toEqual([]);
  }, 180_000);
});
