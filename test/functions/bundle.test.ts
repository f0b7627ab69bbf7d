import type { Context } from 'vm';
import { customFunctionKpis } from '../../src/kpi/lookup';
import { readDist, type DistFiles, inContext, loadIntoContext, toHost } from './support/dist';

/*
 * The built add-on as Apps Script runs it: every dist/*.js in one global scope with nothing but
 * the ECMAScript globals, custom functions called by their global names with arrays and Dates
 * made inside that scope (cross-realm: Array.isArray works, instanceof Array would not).
 */

let files: DistFiles;
let context: Context;

beforeAll(() => {
  files = readDist();
  context = loadIntoContext(files);
});

const functions = customFunctionKpis().map((kpi) => kpi.fn!);

/** Calls NAME(args…) inside the context; returns the result or the error message as { error }. */
function run(source: string): unknown {
  return toHost(
    inContext(
      context,
      `(() => { try { return ${source}; } catch (e) { return { error: String(e && e.message) }; } })()`,
    ),
  );
}

describe('dist/ as Apps Script loads it', () => {
  it('has the bundle, the function stubs and the server stubs, and no ES module syntax', () => {
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['bundle.js', 'functions.js', 'server.js']));
    for (const [name, code] of Object.entries(files)) {
      expect([name, /^\s*(export|import)\b(?!\s*\()/m.test(code)]).toEqual([name, false]);
      expect([name, /\bimport\s*\(|\brequire\s*\(|\bprocess\.|\bmodule\.exports\b/.test(code)]).toEqual([
        name,
        false,
      ]);
    }
  });

  it('runs without require, module or process', () => {
    expect(inContext(context, 'typeof require + typeof module + typeof process')).toBe(
      'undefinedundefinedundefined',
    );
    expect(inContext(context, 'typeof SocialKPIs.runCustomFunction')).toBe('function');
  });

  it('contains no formula engine and stays small', () => {
    const all = Object.values(files).join('\n');
    for (const engine of [
      'fast-formula-parser',
      'hyperformula',
      'chevrotain',
      'FormulaParser',
      'formulajs',
    ]) {
      expect([engine, all.includes(engine)]).toEqual([engine, false]);
    }
    const bytes = Object.values(files).reduce((total, code) => total + Buffer.byteLength(code), 0);
    expect(bytes).toBeLessThan(150 * 1024);
  });

  it.each(functions.map((fn) => [fn.name, fn] as const))(
    '%s is a top-level function with @customfunction and a @param per argument',
    (name, fn) => {
      expect(inContext(context, `typeof ${name}`)).toBe('function');
      const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(
        files['functions.js'],
      );
      expect(match).not.toBeNull();
      const [, doc, declared] = match!;
      expect(doc).toMatch(/^\s*\*\s*@customfunction\s*$/m);
      // The first line is the one-line description Sheets shows.
      expect(doc.split('\n')[1]).toMatch(/^ \* \S/);
      expect(declared.split(',').map((p) => p.trim())).toEqual(fn.params.map((p) => p.name));
      for (const param of fn.params) {
        const documented = param.optional ? `\\[${param.name}=[^\\]]+\\]` : param.name;
        expect(doc).toMatch(new RegExp(`@param \\{[^}]+\\} ${documented} \\S`));
      }
      expect((doc.match(/@param /g) ?? []).length).toBe(fn.params.length);
    },
  );
});

/*
 * One real call per function through its global stub, worked by hand from the spec. The source
 * text is evaluated in the context, so every array and Date in it belongs to that realm.
 */
const CALLS: [string, string, unknown][] = [
  [
    'ENGAGEMENT_RATE',
    'ENGAGEMENT_RATE([[10,2,3,5],[40,5,5,0],["","","",""]], [[400],[1000],[50]])',
    [[0.05], [0.05], ['']],
  ],
  ['AVERAGE_ENGAGEMENT_RATE', 'AVERAGE_ENGAGEMENT_RATE([[10,5],[20,0],[0,5]], 1000)', 0.04 / 3],
  ['APPLAUSE_RATE', 'APPLAUSE_RATE([[30],[15]], 1500)', [[0.02], [0.01]]],
  ['AMPLIFICATION_RATE', 'AMPLIFICATION_RATE(6, 1500)', 0.004],
  ['VIRALITY_RATE', 'VIRALITY_RATE(6, 2400)', 0.0025],
  ['FOLLOWER_QUALITY', 'FOLLOWER_QUALITY([[30,10,6,4]], 2000)', 0.025],
  ['AUDIENCE_GROWTH_RATE', 'AUDIENCE_GROWTH_RATE([[120],[-40]], [[2400],[2000]])', [[0.05], [-0.02]]],
  ['GROWTH_RATE', 'GROWTH_RATE(-100, -50)', 0.5],
  ['POST_REACH_RATE', 'POST_REACH_RATE(900, 3000)', 0.3],
  ['POTENTIAL_REACH', 'POTENTIAL_REACH([[10000],[25000],[""],[5000]])', 800],
  ['SHARE_OF_VOICE', 'SHARE_OF_VOICE(40, [[30,20,10]])', 0.4],
  [
    'CTR',
    'CTR([[1,2],[3,4]], [[100,100],[300,0]])',
    [
      [0.01, 0.02],
      [0.01, ''],
    ],
  ],
  ['CONVERSION_RATE', 'CONVERSION_RATE(9, 450)', 0.02],
  ['BOUNCE_RATE', 'BOUNCE_RATE(300, 1200)', 0.25],
  ['COST_PER_LEAD', 'COST_PER_LEAD(500, 20)', 25],
  ['SENTIMENT_SCORE', 'SENTIMENT_SCORE(60, 20, 20)', 0.4],
  [
    'RESPONSE_TIME',
    'RESPONSE_TIME([[new Date(2025,2,3,9)],[new Date(2025,2,3,10)],[new Date(2025,2,3,12)]],' +
      ' [[new Date(2025,2,3,10)],[new Date(2025,2,3,13)],[new Date(2025,2,3,20)]], "median")',
    3, // 1 h, 3 h, 8 h
  ],
  ['RESPONSE_RATE', 'RESPONSE_RATE(45, 50)', 0.9],
  ['CSAT', 'CSAT([[5],[4],[3],[2],[1],[5],[4]])', 4 / 7],
  ['NPS', 'NPS([[10],[9],[8],[7],[6],[0],[10],[9]])', 25], // 4 promoters, 2 detractors of 8
  ['ROI', 'ROI(1500, 1000)', 0.5],
  ['ROAS', 'ROAS(3000, 1000)', 3],
  ['CPC', 'CPC(150, 300)', 0.5],
  ['CPM', 'CPM(25, 10000)', 2.5],
  ['CPA', 'CPA(400, 16)', 25],
  ['CLV', 'CLV(450, 3, 4)', 5400],
  ['GOAL_PROGRESS', 'GOAL_PROGRESS(40, 10, 4)', 1.2],
];

describe('each custom function called by its global name', () => {
  it('covers every registry function', () => {
    expect(CALLS.map(([name]) => name).sort()).toEqual(functions.map((fn) => fn.name).sort());
  });

  it.each(CALLS)('%s: %s', (_name, source, expected) => {
    const result = run(source);
    if (typeof expected === 'number') {
      expect(typeof result).toBe('number');
      expect(result as number).toBeCloseTo(expected, 12);
    } else {
      const grid = result as unknown[][];
      expect(grid.map((r) => r.length)).toEqual((expected as unknown[][]).map((r) => r.length));
      (expected as unknown[][]).forEach((row, r) =>
        row.forEach((value, c) =>
          value === ''
            ? expect(grid[r][c]).toBe('')
            : expect(grid[r][c] as number).toBeCloseTo(value as number, 12),
        ),
      );
    }
  });

  it('throws our message for bad input, with the context’s arrays', () => {
    expect(run('ENGAGEMENT_RATE([[1],[2],[3],[4],[5],[6],[7]], [[1],[1],[1],[1],[1],[1],["n/a"]])')).toEqual({
      error: 'ENGAGEMENT_RATE: base row 7 is "n/a", not a number',
    });
    expect(run('CTR(5, 0)')).toEqual({ error: 'CTR: impressions is 0, so the rate is undefined' });
    expect(run('CTR([[1]], [[1],[2]])')).toEqual({
      error:
        'CTR: clicks is 1 row × 1 column but impressions is 2 rows × 1 column; ranges must be the same size, or a single cell',
    });
    expect(run('CTR(5)')).toEqual({ error: 'CTR: impressions is missing' });
    expect(run('CTR(new Date(), 5)')).toEqual({ error: 'CTR: clicks is a date, not a number' });
    expect(run('RESPONSE_TIME(new Date(2025,2,3,10), new Date(2025,2,3,9))')).toEqual({
      error: 'RESPONSE_TIME: replied_at is before received_at: a reply cannot come before its message',
    });
  });

  it('throws an Error of the context’s realm, as Apps Script shows a thrown message in the cell', () => {
    expect(
      inContext(context, `(() => { try { CTR(1, 0); } catch (e) { return e instanceof Error; } })()`),
    ).toBe(true);
  });

  // The stub passes `arguments`, not its named parameters, so an extra argument is not dropped.
  it('rejects too many arguments typed in the sheet', () => {
    expect(run('CTR(1, 2, 3)')).toEqual({
      error: 'CTR: takes at most 2 arguments: CTR(clicks, impressions)',
    });
  });
});
