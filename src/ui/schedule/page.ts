/*
 * The Schedule dialog. Every text comes from the server in the spreadsheet's language (its
 * getScheduleStatus answer, src/i18n/LANGUAGE/schedule.ts), and every value a user typed or the
 * server reports (addresses, who set the schedule up, an error) goes in as text, never markup.
 * The page announces what it is doing on body[data-state]: "loading", "ready", "busy"; and what the
 * last action did on body[data-result]: "saved", "off", "test-sent" or "error".
 */
import type { ScheduleResult, ScheduleStatus } from '../../schedule/server';
import { byId, el, setContent, textWithLinks } from '../shared/dom';
import { callServer, closeDialog, failureMessage } from '../shared/call-server';

type State = 'loading' | 'ready' | 'busy';
type Result = 'saved' | 'off' | 'test-sent' | 'error';

function announce(state: State, result?: Result): void {
  document.body.dataset.state = state;
  if (result) document.body.dataset.result = result;
}

let status: ScheduleStatus | undefined;

function showMessage(text: string): void {
  setContent(byId('message'), ...textWithLinks(text));
}

function fillChoices(current: ScheduleStatus): void {
  const T = current.texts;
  const frequency = byId<HTMLSelectElement>('frequency');
  setContent(
    frequency,
    ...(['week', 'month', 'quarter'] as const).map((kind) =>
      el('option', { value: kind, selected: kind === current.form.frequency }, T.frequencies[kind]),
    ),
  );
  const hour = byId<HTMLSelectElement>('hour');
  setContent(
    hour,
    ...Array.from({ length: 24 }, (_, h) =>
      el('option', { value: h, selected: h === current.form.hour }, T.hours[h]),
    ),
  );
  byId<HTMLTextAreaElement>('recipients').value = current.form.recipients;
}

function render(current: ScheduleStatus, keepForm = false): void {
  status = current;
  const T = current.texts;
  document.documentElement.lang = current.language;
  byId('loading').hidden = true;
  byId('form').hidden = false;
  byId('intro').textContent = T.intro;
  byId('frequency-label').textContent = T.frequencyLabel;
  byId('hour-label').textContent = T.hourLabel;
  byId('recipients-label').textContent = T.digestLabel;
  byId('recipients-hint').textContent = T.digestHint;
  byId('test').textContent = T.sendTest;
  byId('off').textContent = T.turnOff;
  byId('close').textContent = T.close;
  byId('save').textContent = current.on ? T.save : T.turnOn;
  byId('off').hidden = !current.on;
  const lines = current.lines.map((line, index) =>
    el('li', { class: current.lastFailed && index === current.lines.length - 1 ? 'failed' : null }, line),
  );
  setContent(byId('status'), ...lines);
  if (!keepForm) fillChoices(current);
}

function setBusy(busy: boolean): void {
  for (const id of ['save', 'off', 'test', 'frequency', 'hour', 'recipients'])
    (byId(id) as HTMLButtonElement).disabled = busy;
  if (busy) byId('done').textContent = status?.texts.working ?? '…';
  announce(busy ? 'busy' : 'ready');
}

function fail(message: string): void {
  showMessage(message);
  byId('done').textContent = '';
  setBusy(false);
  announce('ready', 'error');
}

function done(result: ScheduleResult, outcome: Result): void {
  if (!result.ok) {
    fail(result.message);
    if (result.field) byId(result.field).focus();
    return;
  }
  render(result.status);
  setBusy(false);
  byId('done').textContent = result.message;
  announce('ready', outcome);
}

function request() {
  return {
    frequency: byId<HTMLSelectElement>('frequency').value,
    hour: Number(byId<HTMLSelectElement>('hour').value),
    recipients: byId<HTMLTextAreaElement>('recipients').value,
  };
}

function start(): void {
  announce('loading');
  byId('close').addEventListener('click', () => closeDialog());
  byId('form').addEventListener('submit', (event) => {
    event.preventDefault();
    showMessage('');
    setBusy(true);
    callServer('saveSchedule', request())
      .then((result) => done(result, 'saved'))
      .catch((error: unknown) => fail(failureMessage(error)));
  });
  byId('off').addEventListener('click', () => {
    showMessage('');
    setBusy(true);
    callServer('turnOffSchedule')
      .then((result) => done(result, 'off'))
      .catch((error: unknown) => fail(failureMessage(error)));
  });
  byId('test').addEventListener('click', () => {
    showMessage('');
    setBusy(true);
    callServer('sendTestDigest', { frequency: byId<HTMLSelectElement>('frequency').value })
      .then((result) => {
        if (!result.ok) return fail(result.message);
        setBusy(false);
        byId('done').textContent = result.message;
        announce('ready', 'test-sent');
      })
      .catch((error: unknown) => fail(failureMessage(error)));
  });
  callServer('getScheduleStatus')
    .then((current) => {
      render(current);
      announce('ready');
      byId('frequency').focus();
    })
    .catch((error: unknown) => {
      // A missing permission: its message, in the user's language, with the address as a link.
      setContent(byId('loading'), ...textWithLinks(failureMessage(error)));
      announce('ready', 'error');
    });
}

start();
