import { el, setContent, textWithLinks, type Child } from '../shared/dom';
import type { View } from './state';

/*
 * What stays around the views: the status line with its spinner, the alert and the notice, the
 * busy state of every button, and the three view containers, one shown at a time.
 */

export interface Shell {
  list: HTMLElement;
  form: HTMLFormElement;
  conflict: HTMLElement;
  /** A spinner and disabled buttons while a call is in flight, so a double click cannot save twice. */
  showBusy(busy: boolean, working: string): void;
  showLoading(loading: string): void;
  showAlert(message: string | null, ...extra: Child[]): void;
  showNotice(message: string | null): void;
  show(view: View): void;
  /** data-checking: whether the messages under the fields may still change (see page.ts). */
  showChecking(checking: boolean): void;
}

export function buildShell(app: HTMLElement): Shell {
  const statusLine = el('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
  const alertBox = el('div', { id: 'alert', class: 'alert', role: 'alert', hidden: true });
  const noticeBox = el('div', { id: 'notice', class: 'notice', role: 'status', hidden: true });
  const list = el('section', { id: 'list-view', 'aria-labelledby': 'list-heading' });
  const form = el('form', {
    id: 'goal-form',
    novalidate: true,
    hidden: true,
    'aria-labelledby': 'form-heading',
  });
  const conflict = el('section', {
    id: 'conflict-view',
    hidden: true,
    'aria-labelledby': 'conflict-heading',
  });
  app.append(statusLine, alertBox, noticeBox, list, form, conflict);
  const spinner = () => el('span', { class: 'spinner', 'aria-hidden': 'true' });
  return {
    list,
    form,
    conflict,
    showBusy(busy, working) {
      app.setAttribute('aria-busy', busy ? 'true' : 'false');
      for (const button of Array.from(app.querySelectorAll('button'))) button.disabled = busy;
      setContent(statusLine, busy ? spinner() : null, busy ? working : '');
    },
    showLoading(loading) {
      setContent(statusLine, spinner(), loading);
    },
    showAlert(message, ...extra) {
      // A server's message may end with where to grant a missing permission: a link, not text to copy.
      setContent(alertBox, ...(message === null ? [] : textWithLinks(message)), ...extra);
      alertBox.hidden = message === null;
    },
    showNotice(message) {
      setContent(noticeBox, message);
      noticeBox.hidden = message === null;
    },
    show(view) {
      list.hidden = view !== 'list';
      form.hidden = view !== 'form';
      conflict.hidden = view !== 'conflict';
    },
    showChecking(checking) {
      app.setAttribute('data-checking', checking ? 'true' : 'false');
    },
  };
}
