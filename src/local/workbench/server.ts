/*
 * `npm start`: the local workbench. A node:http server on 127.0.0.1 that runs the add-on's real
 * dist/ code on the Apps Script fakes and serves a page showing the spreadsheet, the add-on's
 * menu and its sidebar. Every bad request gets a 4xx JSON answer; nothing a browser sends may
 * crash the server.
 *
 * Binding to 127.0.0.1 keeps other machines out, not other web pages: any site the developer
 * visits can make the browser send requests here. So every request must name the workbench
 * itself as its Host (a DNS-rebinding page names its own domain), and every state-changing
 * request must come from the workbench's own origin with a JSON body (a cross-site form or a
 * "simple" fetch cannot send application/json without a CORS preflight, which gets no CORS
 * answer here).
 */
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { workbookToXlsx } from '../xlsx';
import {
  checkCaller,
  createWorkbenchRuntime,
  WorkbenchRequestError,
  type Caller,
  type WorkbenchRuntime,
} from './runtime';
import { injectShim } from './shim/inject';
import { TEST_PANEL_HTML } from './test-panel';
import type { WorkbenchState } from './view-model';

const root = resolve(__dirname, '../../..');
const here = __dirname;

/** Bodies are small JSON commands; anything larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 1_000_000;

export interface WorkbenchOptions {
  port?: number;
  distDir?: string;
  /** Reference date for the sample data; tests pin it so values are known. */
  today?: Date;
  runtime?: WorkbenchRuntime;
}

export interface Workbench {
  url: string;
  runtime: WorkbenchRuntime;
  close(): Promise<void>;
}

interface Assets {
  pageHtml: string;
  shimScript: string;
  chartJs: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** The page and shim are bundled at start and served from memory: no build step to forget. */
async function buildAssets(): Promise<Assets> {
  const [pageScript, shimScript] = await Promise.all([
    bundle(join(here, 'page/main.ts')),
    bundle(join(here, 'shim/google-script.ts')),
  ]);
  const css = readFileSync(join(here, 'page/page.css'), 'utf8');
  const pageHtml = readFileSync(join(here, 'page/index.html'), 'utf8')
    .replace('<!-- inline:style -->', () => `<style>${css}</style>`)
    .replace(
      '<!-- inline:script -->',
      () => `<script>${pageScript.replace(/<\/script/gi, '<\\/script')}</script>`,
    );
  // chart.js's exports map hides dist/; its UMD build sits next to the package's main entry.
  const chartJs = readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.js'), 'utf8');
  return { pageHtml, shimScript, chartJs };
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      reject(new HttpError(413, `Request body over ${MAX_BODY_BYTES} bytes`));
      request.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        refused = true;
        reject(new HttpError(413, `Request body over ${MAX_BODY_BYTES} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (!refused) resolveBody(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(request);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new HttpError(400, 'Request body must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

function requireString(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw new HttpError(400, `"${key}" must be a string`);
  return value;
}

function requireInteger(body: Record<string, unknown>, key: string): number {
  const value = body[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new HttpError(400, `"${key}" must be a whole number from 1`);
  }
  return value;
}

/** The page and its panel say who they are: optional strings, checked by the runtime. */
function callerOf(source: Record<string, unknown> | URLSearchParams): Caller {
  const read = (key: string): unknown =>
    source instanceof URLSearchParams ? (source.get(key) ?? undefined) : source[key];
  const caller: Caller = {};
  const client = read('client');
  const user = read('user');
  if (client !== undefined && client !== '') caller.client = client as string;
  if (user !== undefined && user !== '') caller.user = user as string;
  checkCaller(caller);
  return caller;
}

/** A Host header, lower-cased; the workbench answers only to its own address. */
function ownHosts(port: number): Set<string> {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  // A browser leaves out the default port.
  if (port === 80) hosts.push('127.0.0.1', 'localhost');
  return new Set(hosts);
}

function ownOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

/**
 * Refuses a request not meant for this workbench, before any route sees it:
 * - a Host other than 127.0.0.1:PORT or localhost:PORT (DNS rebinding: the browser thinks it talks
 *   to the attacker's domain and would let that page read the answer);
 * - for POST, an Origin other than the workbench's own, including "null" (sandboxed frames, data:
 *   URLs); and a missing Origin from a browser, which always sends one with a POST. Browsers say
 *   they are browsers with Fetch Metadata (Sec-Fetch-Site), which must then be "same-origin".
 *   Tools such as curl or Node's fetch send neither and are let through: they are not a web page
 *   acting on the developer's behalf;
 * - for POST, a body not declared as application/json.
 */
function checkRequestSource(request: IncomingMessage, port: number): void {
  const host = (request.headers.host ?? '').toLowerCase();
  if (!ownHosts(port).has(host)) {
    throw new HttpError(403, `Host "${host}" is not this workbench (127.0.0.1:${port} or localhost:${port})`);
  }
  if (request.method !== 'POST') return;
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  if (origin !== undefined && !ownOrigins(port).has(origin.toLowerCase())) {
    throw new HttpError(403, `Origin "${origin}" may not change this workbench`);
  }
  if (fetchSite !== undefined && fetchSite !== 'same-origin') {
    throw new HttpError(403, `A ${fetchSite} request may not change this workbench`);
  }
  if (origin === undefined && fetchSite !== undefined) {
    throw new HttpError(403, 'A browser request without an Origin may not change this workbench');
  }
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, `Request body must be application/json, not "${type}"`);
  }
}

type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> | void;

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const distDir = options.distDir ?? join(root, 'dist');
  if (!existsSync(join(distDir, 'bundle.js'))) {
    throw new Error(`No build in ${distDir}: run \`npm run build\` first (npm start does).`);
  }
  const runtime = options.runtime ?? createWorkbenchRuntime({ distDir, today: options.today });
  const assets = await buildAssets();

  // The snapshot of a 1,700-row sheet takes a moment; the document changes only through these
  // routes, and a call that only read it (a sidebar's check as the user types) keeps the snapshot.
  // Each page's own panel is added per request.
  let cachedState: WorkbenchState | null = null;
  const state = () => (cachedState ??= runtime.state());
  const stateFor = (client: string | undefined): WorkbenchState => ({
    ...state(),
    panel: runtime.panelView(client),
  });
  const changed = () => {
    cachedState = null;
  };
  state(); // warm: the first page load should not wait for the first snapshot

  const routes: Record<string, Partial<Record<'GET' | 'POST', Handler>>> = {
    '/': { GET: (_q, response) => send(response, 200, 'text/html; charset=utf-8', assets.pageHtml) },
    '/favicon.ico': { GET: (_q, response) => send(response, 204, 'image/x-icon', '') },
    '/vendor/chart.umd.js': {
      GET: (_q, response) => send(response, 200, 'text/javascript; charset=utf-8', assets.chartJs),
    },
    '/api/state': {
      GET: (_q, response, url) => {
        const caller = callerOf(url.searchParams);
        sendJson(response, 200, { ...stateFor(caller.client), user: caller.user ?? runtime.defaultUser() });
      },
    },
    '/api/run': {
      POST: async (request, response) => {
        const body = await readJsonObject(request);
        const name = requireString(body, 'name');
        const args = body.args === undefined ? [] : body.args;
        if (!Array.isArray(args)) throw new HttpError(400, '"args" must be an array');
        const outcome = runtime.run(name, args, callerOf(body));
        if (outcome.changed) changed();
        sendJson(response, 200, outcome);
      },
    },
    '/api/cell': {
      POST: async (request, response) => {
        const body = await readJsonObject(request);
        runtime.editCell(
          requireString(body, 'sheet'),
          requireInteger(body, 'row'),
          requireInteger(body, 'column'),
          requireString(body, 'input'),
        );
        changed();
        sendJson(response, 200, { ok: true });
      },
    },
    '/api/locale': {
      POST: async (request, response) => {
        const body = await readJsonObject(request);
        const outcome = runtime.setLocale(requireString(body, 'locale'));
        changed();
        sendJson(response, 200, outcome);
      },
    },
    '/api/schedule': {
      GET: (_q, response) => sendJson(response, 200, runtime.scheduleView()),
    },
    '/api/schedule/fire': {
      // Fires an installed clock trigger for a chosen instant, as Apps Script would then.
      POST: async (request, response) => {
        const body = await readJsonObject(request);
        const outcome = runtime.fireTrigger(requireString(body, 'id'), requireString(body, 'at'));
        changed();
        sendJson(response, 200, outcome);
      },
    },
    '/api/panel/close': {
      POST: async (request, response) => {
        runtime.closePanel(callerOf(await readJsonObject(request)).client);
        sendJson(response, 200, { ok: true });
      },
    },
    '/api/panel/test': {
      // The add-on has no sidebar yet; this workbench page exercises google.script.run meanwhile.
      POST: async (request, response) => {
        const { client } = callerOf(await readJsonObject(request));
        runtime.showPanel({ kind: 'sidebar', title: 'Workbench test panel', html: TEST_PANEL_HTML }, client);
        sendJson(response, 200, { ok: true });
      },
    },
    '/panel': {
      GET: (_q, response, url) => {
        const caller = callerOf(url.searchParams);
        const html = runtime.panelHtml(caller.client);
        if (html === null) throw new HttpError(404, 'No sidebar or dialog is open');
        // The panel's calls go out as the page's client and user, so they reach the same session.
        const config = { functions: runtime.publicFunctions(), endpoint: '/api/run', ...caller };
        send(response, 200, 'text/html; charset=utf-8', injectShim(html, assets.shimScript, config));
      },
    },
    '/api/export.xlsx': {
      GET: async (_q, response) => {
        const buffer = await workbookToXlsx(state().workbook);
        response.writeHead(200, {
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'content-disposition': 'attachment; filename="social-kpis-workbench.xlsx"',
          'content-length': buffer.length,
        });
        response.end(buffer);
      },
    },
  };

  let port = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const handle = async () => {
      checkRequestSource(request, port);
      const route = routes[url.pathname];
      if (!route) throw new HttpError(404, `No such path: ${url.pathname}`);
      const handler = route[request.method as 'GET' | 'POST'];
      if (!handler) {
        response.setHeader('allow', Object.keys(route).join(', '));
        throw new HttpError(405, `${request.method} is not allowed on ${url.pathname}`);
      }
      await handler(request, response, url);
    };
    handle().catch((error: unknown) => {
      const status =
        error instanceof HttpError || error instanceof WorkbenchRequestError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) console.error(error);
      if (response.headersSent) {
        response.end();
        return;
      }
      sendJson(response, status, { ok: false, error: message });
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n');
  });

  await new Promise<void>((resolveListen) => server.listen(options.port ?? 8080, '127.0.0.1', resolveListen));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    runtime,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}

if (require.main === module) {
  const port = Number(process.env.PORT ?? 8080);
  startWorkbench({ port })
    .then((workbench) => console.log(`Social KPIs workbench: ${workbench.url}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
