import { MAX_BODY_BYTES, type Workbench } from '../../src/local/workbench/server';
import { serveWorkbench, SMALL_SAMPLE } from './support';

let workbench: Workbench;

beforeAll(async () => {
  workbench = await serveWorkbench({ sampleRows: SMALL_SAMPLE });
});
afterAll(() => workbench.close());

async function post(
  path: string,
  body: string | object,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(new URL(path, workbench.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('workbench HTTP server', () => {
  it('listens on 127.0.0.1 on the port it was given (0: any free port)', () => {
    expect(workbench.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page and chart.js from node_modules', async () => {
    const page = await fetch(workbench.url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Social KPIs workbench');
    const chart = await fetch(new URL('/vendor/chart.umd.js', workbench.url));
    expect(chart.status).toBe(200);
    expect(await chart.text()).toContain('Chart');
  });

  it('runs a real top-level function and returns its result', async () => {
    const { status, json } = await post('/api/run', { name: 'CTR', args: [25, 1000] });
    expect(status).toBe(200);
    expect(json).toMatchObject({ ok: true, result: 0.025 });
  });

  it('reports a thrown error with its message, for the failure handler', async () => {
    const { status, json } = await post('/api/run', { name: 'CTR', args: ['n/a', 1000] });
    expect(status).toBe(200);
    expect(json.ok).toBe(false);
    expect((json.error as { message: string }).message).toBe('CTR: clicks is "n/a", not a number');
  });

  it.each([
    [
      'an unknown function',
      { name: 'noSuchFunction', args: [] },
      404,
      'Script function not found: noSuchFunction',
    ],
    ['a private function', { name: 'helper_', args: [] }, 403, 'is private'],
    ['a name that is no identifier', { name: 'constructor.prototype', args: [] }, 403, 'not a valid name'],
    ['a global that is not a script function', { name: 'SpreadsheetApp', args: [] }, 404, 'not found'],
    ['args that are not an array', { name: 'CTR', args: 'x' }, 400, '"args" must be an array'],
    ['a missing name', { args: [] }, 400, '"name" must be a string'],
  ])('refuses %s with a 4xx JSON error', async (_what, body, status, message) => {
    const response = await post('/api/run', body);
    expect(response.status).toBe(status);
    expect(response.json.ok).toBe(false);
    expect(String(response.json.error)).toContain(message);
  });

  it('refuses a malformed JSON body with 400', async () => {
    const response = await post('/api/run', '{"name": "CTR", ');
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('Request body is not valid JSON');
  });

  it('refuses a JSON body that is not an object with 400', async () => {
    const response = await post('/api/cell', '[1, 2]');
    expect(response.status).toBe(400);
    expect(response.json.error).toBe('Request body must be a JSON object');
  });

  it('refuses the wrong method with 405 and says which are allowed', async () => {
    const response = await fetch(new URL('/api/run', workbench.url));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as { error: string }).error).toBe('GET is not allowed on /api/run');
  });

  it('answers an unknown path with 404 JSON', async () => {
    const response = await fetch(new URL('/etc/passwd', workbench.url));
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toBe('No such path: /etc/passwd');
  });

  it('refuses an oversize body with 413', async () => {
    const response = await post('/api/run', { name: 'CTR', args: ['x'.repeat(MAX_BODY_BYTES)] });
    expect(response.status).toBe(413);
    expect(String(response.json.error)).toContain('Request body over');
  });

  it('refuses bad cell edits with 4xx and unknown locales with 400', async () => {
    expect((await post('/api/cell', { sheet: 'KPI data', row: 0, column: 1, input: 'x' })).status).toBe(400);
    expect((await post('/api/cell', { sheet: 'No such tab', row: 1, column: 1, input: 'x' })).status).toBe(
      404,
    );
    expect((await post('/api/cell', { sheet: 'KPI data', row: 1, column: 1 })).status).toBe(400);
    expect((await post('/api/locale', { locale: 'xx_XX' })).status).toBe(400);
  });

  it('answers /panel with 404 while no sidebar or dialog is open', async () => {
    const response = await fetch(new URL('/panel', workbench.url));
    expect(response.status).toBe(404);
  });

  it('keeps serving after every bad request above', async () => {
    const response = await fetch(new URL('/api/state', workbench.url));
    expect(response.status).toBe(200);
    const state = (await response.json()) as { workbook: { sheets: Array<{ name: string }> } };
    expect(state.workbook.sheets.map((sheet) => sheet.name)).toContain('KPI data');
  });

  it('edits a cell through Range.setValue and shows the calculated formula', async () => {
    expect(
      (await post('/api/cell', { sheet: 'KPI data', row: 2, column: 26, input: '=SUM(F2:F3)' })).status,
    ).toBe(200);
    const state = (await (await fetch(new URL('/api/state', workbench.url))).json()) as {
      workbook: {
        sheets: Array<{ name: string; cells: Array<{ row: number; column: number; value: unknown }> }>;
      };
    };
    const sheet = state.workbook.sheets.find((candidate) => candidate.name === 'KPI data')!;
    const value = (row: number, column: number) =>
      sheet.cells.find((cell) => cell.row === row && cell.column === column)?.value;
    expect(value(2, 26)).toBe(Number(value(2, 6)) + Number(value(3, 6)));
  });

  it('downloads the spreadsheet as .xlsx', async () => {
    const response = await fetch(new URL('/api/export.xlsx', workbench.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('.xlsx');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });
});
