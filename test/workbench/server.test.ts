import { request as httpRequest } from 'node:http';
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

/**
 * One plain HTTP request with exactly the headers given (Host included), as a hostile page's
 * browser would send it: fetch cannot forge Host, and adds headers of its own.
 */
function raw(
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  const { port } = new URL(workbench.url);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        setHost: false,
        headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

describe('workbench HTTP server: only its own pages may use it', () => {
  const own = () => `127.0.0.1:${new URL(workbench.url).port}`;
  const ownOrigin = () => `http://${own()}`;
  /** What Chromium sends with the workbench page's own POST (fetch with a JSON body). */
  const browserPost = (origin: string, site = 'same-origin') => ({
    host: own(),
    origin,
    'sec-fetch-site': site,
    'sec-fetch-mode': 'cors',
    'content-type': 'application/json',
  });
  const hyperlink = (row: number) =>
    JSON.stringify({ sheet: 'KPI data', row, column: 26, input: '=HYPERLINK("https://evil.example","x")' });

  async function cellValue(row: number, column: number): Promise<unknown> {
    const state = (await (await fetch(new URL('/api/state', workbench.url))).json()) as {
      workbook: {
        sheets: Array<{ name: string; cells: Array<{ row: number; column: number; value: unknown }> }>;
      };
    };
    const sheet = state.workbook.sheets.find((candidate) => candidate.name === 'KPI data')!;
    return sheet.cells.find((cell) => cell.row === row && cell.column === column)?.value;
  }

  async function goalCount(): Promise<number> {
    const { json } = await post('/api/run', { name: 'getGoalsSidebarData', args: [] });
    return (json.result as { goals: unknown[] }).goals.length;
  }

  it.each([
    ['a DNS-rebinding page (its own domain, our port)', (port: string) => `attacker.example:${port}`],
    ['another port on this machine', () => '127.0.0.1:1'],
    ['no port', () => '127.0.0.1'],
    ['an empty Host', () => ''],
  ])('refuses to show anything to %s: 403 for the page and the spreadsheet', async (_who, host) => {
    const port = new URL(workbench.url).port;
    for (const path of ['/', '/api/state', '/api/export.xlsx', '/panel']) {
      const response = await raw('GET', path, { host: host(port) });
      expect(response.status).toBe(403);
      expect(JSON.parse(response.text)).toEqual({
        ok: false,
        error: `Host "${host(port)}" is not this workbench (127.0.0.1:${port} or localhost:${port})`,
      });
      expect(response.text).not.toContain('KPI data');
    }
  });

  it("refuses a rebinding page's POST by its Host, whatever its Origin says", async () => {
    const response = await raw(
      'POST',
      '/api/cell',
      {
        ...browserPost('http://attacker.example:1'),
        host: `attacker.example:${new URL(workbench.url).port}`,
      },
      hyperlink(25),
    );
    expect(response.status).toBe(403);
    expect(await cellValue(25, 26)).toBeUndefined();
  });

  it('answers its own address by either name: 127.0.0.1:PORT and localhost:PORT', async () => {
    for (const host of [own(), `localhost:${new URL(workbench.url).port}`, own().toUpperCase()]) {
      const response = await raw('GET', '/api/state', { host });
      expect(response.status).toBe(200);
      expect(response.text).toContain('KPI data');
    }
  });

  it('refuses a cross-origin POST that would write a =HYPERLINK cell: 403, cell untouched', async () => {
    const response = await raw(
      'POST',
      '/api/cell',
      browserPost('http://evil.example', 'cross-site'),
      hyperlink(22),
    );
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text)).toEqual({
      ok: false,
      error: 'Origin "http://evil.example" may not change this workbench',
    });
    expect(await cellValue(22, 26)).toBeUndefined();
  });

  it('refuses a cross-origin POST that would save a goal as another user, and every other POST route', async () => {
    const before = await goalCount();
    const goal = {
      what: 'Planted',
      kpiId: 'likes',
      channel: null,
      baseline: 100,
      baselineWindow: 'manual',
      baselineMonths: [],
      target: '+10 %',
      start: '2025-03-15',
      deadline: '2025-06-15',
      owner: 'victim@example.com',
      why: '',
    };
    const bodies: Record<string, object> = {
      '/api/run': { name: 'saveGoal', args: [{ goal }], user: 'victim@example.com' },
      '/api/cell': { sheet: 'KPI data', row: 23, column: 26, input: 'x' },
      '/api/locale': { locale: 'sv_SE' },
      '/api/panel/test': {},
      '/api/panel/close': {},
    };
    for (const [path, body] of Object.entries(bodies)) {
      const response = await raw(
        'POST',
        path,
        browserPost('http://evil.example', 'cross-site'),
        JSON.stringify(body),
      );
      expect([path, response.status]).toEqual([path, 403]);
    }
    expect(await goalCount()).toBe(before);
    expect(await cellValue(23, 26)).toBeUndefined();
  });

  it.each([
    ['the "null" origin of a sandboxed frame or data: URL', { origin: 'null', site: 'cross-site' }],
    ['a look-alike origin (other port)', { origin: 'http://127.0.0.1:1', site: 'same-site' }],
    ['a look-alike origin (https)', { origin: 'https://127.0.0.1:PORT', site: 'cross-site' }],
    ['a same-site page that claims our origin but not same-origin', { origin: 'OWN', site: 'same-site' }],
  ])('refuses a POST from %s', async (_what, { origin, site }) => {
    const port = new URL(workbench.url).port;
    const sentOrigin = origin === 'OWN' ? ownOrigin() : origin.replace('PORT', port);
    const response = await raw('POST', '/api/cell', browserPost(sentOrigin, site), hyperlink(24));
    expect(response.status).toBe(403);
    expect(await cellValue(24, 26)).toBeUndefined();
  });

  it('refuses a browser POST without an Origin (a browser always sends one with a POST)', async () => {
    const headers: Record<string, string> = browserPost(ownOrigin());
    delete headers.origin;
    const response = await raw('POST', '/api/cell', headers, hyperlink(26));
    expect(response.status).toBe(403);
    expect(JSON.parse(response.text).error).toBe(
      'A browser request without an Origin may not change this workbench',
    );
    expect(await cellValue(26, 26)).toBeUndefined();
  });

  it.each([
    ['text/plain (a cross-site form or simple fetch needs no preflight for it)', 'text/plain'],
    ['a form encoding', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['no Content-Type at all', undefined],
  ])('refuses a same-origin POST whose body is %s: 415, cell untouched', async (_what, type) => {
    const headers: Record<string, string> = browserPost(ownOrigin());
    if (type === undefined) delete headers['content-type'];
    else headers['content-type'] = type;
    const response = await raw('POST', '/api/cell', headers, hyperlink(27));
    expect(response.status).toBe(415);
    expect(JSON.parse(response.text).error).toBe(
      `Request body must be application/json, not "${(type ?? '').split(';')[0]}"`,
    );
    expect(await cellValue(27, 26)).toBeUndefined();
  });

  it('answers a CORS preflight without allowing anything, so a foreign page cannot send JSON', async () => {
    const response = await raw('OPTIONS', '/api/cell', {
      host: own(),
      origin: 'http://evil.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    });
    expect(response.status).toBe(405);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("accepts the page's own POST (its origin by either name, JSON with a charset) and tools without an Origin", async () => {
    const port = new URL(workbench.url).port;
    const ownPage = await raw(
      'POST',
      '/api/cell',
      { ...browserPost(ownOrigin()), 'content-type': 'application/json; charset=utf-8' },
      JSON.stringify({ sheet: 'KPI data', row: 28, column: 26, input: 'from the page' }),
    );
    expect(ownPage.status).toBe(200);
    expect(await cellValue(28, 26)).toBe('from the page');
    const viaLocalhost = await raw(
      'POST',
      '/api/cell',
      { ...browserPost(`http://localhost:${port}`), host: `localhost:${port}` },
      JSON.stringify({ sheet: 'KPI data', row: 29, column: 26, input: 'via localhost' }),
    );
    expect(viaLocalhost.status).toBe(200);
    expect(await cellValue(29, 26)).toBe('via localhost');
    // curl or a script: no Origin and no Fetch Metadata, so not a web page acting for the user.
    const tool = await raw(
      'POST',
      '/api/cell',
      { host: own(), 'content-type': 'application/json' },
      JSON.stringify({ sheet: 'KPI data', row: 30, column: 26, input: 'from a tool' }),
    );
    expect(tool.status).toBe(200);
    expect(await cellValue(30, 26)).toBe('from a tool');
  });
});
