/*
 * The workbench page: draws the spreadsheet from /api/state, runs menu items, edits cells, and
 * hosts the add-on's sidebar or dialog in a frame with the google.script.run shim.
 */
import { cellA1, type CellView, type SheetView, type WorkbenchState } from '../view-model';
import { drawCharts } from './charts';
import { conditionalStyles } from './conditional';
import type { ConditionalStyle } from './conditional';
import { escapeHtml } from '../../../util/html';
import { renderSheet, renderTabs, ROW_HEIGHT, type RowWindow } from './grid';

interface RunOutcome {
  ok: boolean;
  result?: unknown;
  error?: { message: string } | string;
}

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const grid = byId<HTMLDivElement>('grid');
const tabs = byId<HTMLElement>('tabs');
const menus = byId<HTMLDivElement>('menus');
const messages = byId<HTMLDivElement>('messages');
const localeSelect = byId<HTMLSelectElement>('locale');
const cellName = byId<HTMLSpanElement>('cell-name');
const cellContent = byId<HTMLSpanElement>('cell-content');

/**
 * Who this page is: a client id of its own (its own sidebar, as each collaborator has) and the
 * user it acts as, from ?user=… (two pages with different users are two teammates on one file).
 */
const client = `page-${Math.random().toString(36).slice(2, 12)}`;
const actingUser = new URLSearchParams(window.location.search).get('user') ?? '';
const who: Record<string, string> = actingUser ? { client, user: actingUser } : { client };
const whoQuery = new URLSearchParams(who).toString();

let state: WorkbenchState | null = null;
let activeSheet = '';
let selected: { row: number; column: number } = { row: 1, column: 1 };
let shownPanelSerial = 0;
let toastsSeen = 0;
let alertsSeen = 0;

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined
      ? {}
      : {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
  );
  const json = (await response.json()) as T & { error?: unknown };
  if (!response.ok) throw new Error(typeof json.error === 'string' ? json.error : `HTTP ${response.status}`);
  return json;
}

function say(text: string, failure = false): void {
  const node = document.createElement('div');
  node.className = `message${failure ? ' failure' : ''}`;
  node.textContent = text;
  messages.prepend(node);
  while (messages.children.length > 4) messages.lastElementChild?.remove();
}

function currentSheet(): SheetView | undefined {
  return state?.workbook.sheets.find((sheet) => sheet.name === activeSheet) ?? state?.workbook.sheets[0];
}

/** Per-sheet lookups, rebuilt when the state changes, so scrolling only re-renders rows. */
let prepared: {
  sheet: SheetView;
  cells: Map<string, CellView>;
  conditional: Map<string, ConditionalStyle>;
} | null = null;
let drawnWindow: RowWindow | null = null;
const WINDOW_ROWS = 120;

function prepare(sheet: SheetView) {
  if (prepared?.sheet !== sheet) {
    prepared = {
      sheet,
      cells: new Map(sheet.cells.map((cell) => [`${cell.row}:${cell.column}`, cell])),
      conditional: conditionalStyles(sheet),
    };
  }
  return prepared;
}

function cellAt(row: number, column: number): CellView | undefined {
  const sheet = currentSheet();
  return sheet ? prepare(sheet).cells.get(`${row}:${column}`) : undefined;
}

function visibleWindow(sheet: SheetView): RowWindow {
  const top = Math.floor(grid.scrollTop / ROW_HEIGHT);
  const visible = Math.ceil(grid.clientHeight / ROW_HEIGHT);
  const first = Math.max(1, top - WINDOW_ROWS / 2);
  return { first, last: Math.min(sheet.rowCount, top + visible + WINDOW_ROWS / 2) };
}

function drawRows(force: boolean): void {
  const sheet = currentSheet();
  if (!sheet) return;
  const wanted = visibleWindow(sheet);
  const top = Math.floor(grid.scrollTop / ROW_HEIGHT);
  const bottom = top + Math.ceil(grid.clientHeight / ROW_HEIGHT);
  const covered = drawnWindow && top >= drawnWindow.first && bottom <= drawnWindow.last;
  if (!force && covered) return;
  const { cells, conditional } = prepare(sheet);
  const charts = Array.from(grid.querySelectorAll('.chart-box'));
  grid.querySelector('table.grid')?.remove();
  grid.insertAdjacentHTML('afterbegin', renderSheet(sheet, conditional, wanted, cells));
  drawnWindow = wanted;
  if (!force) charts.forEach((chart) => grid.appendChild(chart));
  showSelection();
}

grid.addEventListener('scroll', () => drawRows(false));

function showSelection(): void {
  grid.querySelectorAll('td.selected').forEach((node) => node.classList.remove('selected'));
  const td = grid.querySelector<HTMLTableCellElement>(
    `td[data-row="${selected.row}"][data-column="${selected.column}"]`,
  );
  td?.classList.add('selected');
  const cell = cellAt(selected.row, selected.column);
  cellName.textContent = cellA1(selected.row, selected.column);
  cellContent.textContent = cell?.formula ?? cell?.display ?? '';
}

function renderGrid(): void {
  const sheet = currentSheet();
  if (!sheet || !state) return;
  if (activeSheet !== sheet.name) grid.scrollTop = 0;
  activeSheet = sheet.name;
  grid.innerHTML = '';
  drawRows(true);
  tabs.innerHTML = renderTabs(state.workbook.sheets, sheet.name);
  drawCharts(grid, sheet);
}

function renderMenus(): void {
  if (!state) return;
  menus.innerHTML = state.menus
    .map((menu) => {
      const items = menu.items
        .map((item, index) =>
          'separator' in item
            ? ''
            : `<button type="button" class="menu-item" data-menu="${escapeHtml(menu.title)}" data-index="${index}">${escapeHtml(
                item.caption,
              )}</button>`,
        )
        .join('');
      const body = items || '<span class="menu-empty">(no items yet)</span>';
      return `<span class="menu-title">${escapeHtml(menu.title)} ▸</span>${body}`;
    })
    .join('');
}

function renderLocales(): void {
  if (!state) return;
  const current = state.workbook.locale;
  localeSelect.innerHTML = state.locales
    .map((locale) => `<option${locale === current ? ' selected' : ''}>${escapeHtml(locale)}</option>`)
    .join('');
}

function renderPanel(): void {
  const panel = state?.panel ?? null;
  const sidebar = byId<HTMLElement>('sidebar');
  const dialog = byId<HTMLElement>('dialog');
  if (!panel) {
    sidebar.hidden = true;
    dialog.hidden = true;
    shownPanelSerial = 0;
    return;
  }
  if (panel.serial === shownPanelSerial) return;
  shownPanelSerial = panel.serial;
  const src = `/panel?serial=${panel.serial}&${whoQuery}`;
  if (panel.kind === 'sidebar') {
    dialog.hidden = true;
    byId('sidebar-title').textContent = panel.title;
    byId<HTMLIFrameElement>('sidebar-frame').src = src;
    sidebar.hidden = false;
  } else {
    sidebar.hidden = true;
    byId('dialog-title').textContent = panel.title;
    const box = dialog.querySelector<HTMLElement>('.dialog');
    if (box && panel.width) box.style.width = `${panel.width}px`;
    if (box && panel.height) box.style.height = `${panel.height + 40}px`;
    byId<HTMLIFrameElement>('dialog-frame').src = src;
    dialog.hidden = false;
  }
}

function renderNotices(): void {
  if (!state) return;
  for (const toast of state.toasts.slice(toastsSeen))
    say([toast.title, toast.message].filter(Boolean).join(': '));
  for (const alert of state.alerts.slice(alertsSeen)) say(alert);
  toastsSeen = state.toasts.length;
  alertsSeen = state.alerts.length;
}

/**
 * The page says on <body data-state> whether it is "busy" (a request it sent, or a redraw it has
 * scheduled, not yet drawn) or "idle" (what it shows is what the server last said), so tests and
 * tools wait for that instead of for a time.
 */
let working = 0;
function announce(): void {
  document.body.dataset.state = working > 0 ? 'busy' : 'idle';
}
async function busyWhile<T>(work: () => Promise<T>): Promise<T> {
  working += 1;
  announce();
  try {
    return await work();
  } finally {
    working -= 1;
    announce();
  }
}

async function refresh(followActiveSheet = false): Promise<void> {
  const previousActive = state?.workbook.activeSheet;
  state = await api<WorkbenchState>(`/api/state?${whoQuery}`);
  const names = state.workbook.sheets.map((sheet) => sheet.name);
  // A script that activated a sheet (say, from a dialog's google.script.run) shows it, as Sheets does.
  const activated = previousActive !== undefined && state.workbook.activeSheet !== previousActive;
  if (followActiveSheet || activated || !names.includes(activeSheet))
    activeSheet = state.workbook.activeSheet || names[0];
  byId('file-name').textContent = state.workbook.name;
  byId('user').textContent = state.user ?? '';
  renderMenus();
  renderLocales();
  renderGrid();
  renderPanel();
  renderNotices();
  // The triggers & outbox panel, when open, follows what the add-on did (a schedule turned on).
  if (!byId('schedule-panel').hidden) await renderSchedule();
  document.body.dataset.ready = 'true';
}

/** Redraws once after a burst of changes from the panel (a save is one call, an import many). */
let refreshTimer: number | undefined;
let endScheduled: (() => void) | null = null;
function scheduleRefresh(): void {
  window.clearTimeout(refreshTimer);
  if (!endScheduled) void busyWhile(() => new Promise<void>((done) => (endScheduled = done)));
  refreshTimer = window.setTimeout(() => {
    const end = endScheduled;
    endScheduled = null;
    refresh()
      .catch((error: unknown) => say(`Could not redraw: ${String(error)}`, true))
      .finally(() => end?.());
  }, 50);
}

async function runMenuItem(functionName: string, caption: string): Promise<void> {
  await busyWhile(() => runMenuItemNow(functionName, caption));
}

async function runMenuItemNow(functionName: string, caption: string): Promise<void> {
  const outcome = await api<RunOutcome>('/api/run', { name: functionName, args: [], ...who });
  if (!outcome.ok) {
    const detail = typeof outcome.error === 'string' ? outcome.error : outcome.error?.message;
    say(`${caption} failed: ${detail}`, true);
  }
  await refresh(true);
}

// --- editing ---------------------------------------------------------------------------------

let editor: HTMLInputElement | null = null;

function startEditing(initial?: string): void {
  const td = grid.querySelector<HTMLTableCellElement>(
    `td[data-row="${selected.row}"][data-column="${selected.column}"]`,
  );
  if (!td || editor) return;
  const cell = cellAt(selected.row, selected.column);
  const input = document.createElement('input');
  input.className = 'editor';
  input.value = initial ?? cell?.formula ?? cell?.display ?? '';
  td.textContent = '';
  td.appendChild(input);
  editor = input;
  input.focus();
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void commitEdit(input.value);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      editor = null;
      renderGrid();
      grid.focus();
    }
    event.stopPropagation();
  });
  input.addEventListener('blur', () => {
    if (editor === input) void commitEdit(input.value);
  });
}

async function commitEdit(input: string): Promise<void> {
  const target = { ...selected };
  editor = null;
  await busyWhile(async () => {
    try {
      await api('/api/cell', { sheet: activeSheet, row: target.row, column: target.column, input });
    } catch (error) {
      say(`Could not set ${cellA1(target.row, target.column)}: ${(error as Error).message}`, true);
    }
    selected = { row: target.row + 1, column: target.column };
    await refresh();
  });
  grid.focus();
}

function moveSelection(rows: number, columns: number): void {
  const sheet = currentSheet();
  if (!sheet) return;
  selected = {
    row: Math.min(sheet.rowCount, Math.max(1, selected.row + rows)),
    column: Math.min(sheet.columnCount, Math.max(1, selected.column + columns)),
  };
  const td = grid.querySelector('td.selected');
  if (td) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  else grid.scrollTop = Math.max(0, (selected.row - 3) * ROW_HEIGHT);
}

grid.addEventListener('click', (event) => {
  const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-row]');
  if (!td || editor) return;
  selected = { row: Number(td.dataset.row), column: Number(td.dataset.column) };
  showSelection();
  grid.focus();
});
grid.addEventListener('dblclick', (event) => {
  const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-row]');
  if (!td) return;
  selected = { row: Number(td.dataset.row), column: Number(td.dataset.column) };
  startEditing();
});
grid.addEventListener('keydown', (event) => {
  if (editor) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, 1],
  };
  if (moves[event.key]) {
    event.preventDefault();
    moveSelection(...moves[event.key]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    startEditing();
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing into a selected cell replaces its content, as in Sheets.
    event.preventDefault();
    startEditing(event.key);
  }
});

// --- chrome ----------------------------------------------------------------------------------

tabs.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.tab');
  if (!button || !state) return;
  activeSheet = state.workbook.sheets[Number(button.dataset.sheetIndex)]?.name ?? activeSheet;
  selected = { row: 1, column: 1 };
  grid.scrollTop = 0;
  renderGrid();
});

menus.addEventListener('click', (event) => {
  const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button.menu-item');
  if (!button || !state) return;
  const menu = state.menus.find((candidate) => candidate.title === button.dataset.menu);
  const item = menu?.items[Number(button.dataset.index)];
  if (item && !('separator' in item)) void runMenuItem(item.functionName, item.caption);
});

localeSelect.addEventListener('change', () =>
  busyWhile(async () => {
    // Messages in the old language would sit above the new one's: a new locale starts clean.
    messages.replaceChildren();
    const outcome = await api<RunOutcome>('/api/locale', { locale: localeSelect.value });
    if (!outcome.ok) say('onOpen failed after the locale change', true);
    await refresh();
  }),
);

byId('test-panel').addEventListener('click', () =>
  busyWhile(async () => {
    await api('/api/panel/test', who);
    await refresh();
  }),
);

async function closePanel(): Promise<void> {
  await busyWhile(async () => {
    await api('/api/panel/close', who);
    await refresh();
  });
}
byId('sidebar-close').addEventListener('click', () => void closePanel());
byId('dialog-close').addEventListener('click', () => void closePanel());

// google.script.host.close() and friends, from the panel's frame (same origin only).
window.addEventListener('message', (event) => {
  const data = event.data as { source?: string; type?: string; height?: number; width?: number } | null;
  if (event.origin !== window.location.origin || data?.source !== 'social-kpis-workbench') return;
  if (data.type === 'close') void closePanel();
  if (data.type === 'changed') scheduleRefresh();
  if (data.type === 'resize') {
    const box = document.querySelector<HTMLElement>('#dialog .dialog');
    if (box && data.height) box.style.height = `${data.height + 40}px`;
    if (box && data.width) box.style.width = `${data.width}px`;
  }
});

busyWhile(() => refresh(true)).catch((error: unknown) =>
  say(`Could not load the workbench: ${String(error)}`, true),
);

// --- the workbench's triggers & outbox panel -------------------------------------------------

interface ScheduleView {
  triggers: Array<{ id: string; handler: string; user: string; when: string; next: string | null }>;
  record: unknown;
  outbox: Array<{
    to: string[];
    subject: string;
    body: string;
    htmlBody?: string;
    sentAt: string;
    from: string;
  }>;
}

const schedulePanel = byId<HTMLElement>('schedule-panel');

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = '',
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

async function renderSchedule(): Promise<void> {
  const view = await api<ScheduleView>('/api/schedule');
  const triggers = byId<HTMLUListElement>('triggers');
  triggers.replaceChildren(
    ...(view.triggers.length === 0
      ? [element('li', 'No trigger is installed. Turn the schedule on from the add-on menu.')]
      : view.triggers.map((trigger) => {
          const item = element('li', '', { 'data-trigger': trigger.id });
          const input = element('input', '', {
            type: 'text',
            'aria-label': `Fire trigger ${trigger.id} at`,
            class: 'fire-at',
          });
          input.value = trigger.next ?? new Date().toISOString();
          const fire = element('button', 'Fire', { type: 'button', class: 'button fire' });
          fire.addEventListener('click', () =>
            busyWhile(async () => {
              const outcome = await api<RunOutcome>('/api/schedule/fire', {
                id: trigger.id,
                at: input.value,
              });
              const result = byId('fire-result');
              result.textContent = outcome.ok
                ? `Ran ${trigger.handler}: ${JSON.stringify(outcome.result)}`
                : `${trigger.handler} failed: ${typeof outcome.error === 'string' ? outcome.error : outcome.error?.message}`;
              await refresh();
              await renderSchedule();
            }).catch((error: unknown) => say(`Could not fire the trigger: ${String(error)}`, true)),
          );
          item.append(
            element('div', `${trigger.handler} · ${trigger.when} · as ${trigger.user}`),
            input,
            document.createTextNode(' '),
            fire,
          );
          return item;
        })),
  );
  byId('schedule-record').textContent = view.record ? JSON.stringify(view.record, null, 2) : 'None.';
  const outbox = byId<HTMLOListElement>('outbox');
  outbox.replaceChildren(
    ...(view.outbox.length === 0
      ? [element('li', 'Nothing sent yet.')]
      : [...view.outbox].reverse().map((mail) => {
          const item = element('li', '', { class: 'mail' });
          // The digest's HTML as a mail program shows it: in a frame that may run nothing.
          const frame = element('iframe', '', { sandbox: '', title: `Digest: ${mail.subject}` });
          frame.srcdoc = mail.htmlBody ?? `<pre>${escapeHtml(mail.body)}</pre>`;
          item.append(
            element('div', mail.subject, { class: 'mail-head' }),
            element('div', `To: ${mail.to.join(', ')} · from ${mail.from} · ${mail.sentAt}`),
            frame,
          );
          return item;
        })),
  );
  schedulePanel.dataset.outbox = String(view.outbox.length);
}

byId('schedule-toggle').addEventListener('click', () =>
  busyWhile(async () => {
    schedulePanel.hidden = !schedulePanel.hidden;
    if (!schedulePanel.hidden) await renderSchedule();
  }),
);
byId('schedule-close').addEventListener('click', () => {
  schedulePanel.hidden = true;
});
