import { CallCounter } from './calls';

/** Mirrors ScriptApp.AuthMode for the cases an editor add-on meets. */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/**
 * What a call needs. `free` works even in AuthMode.NONE (menus, builders); `document` needs the
 * add-on to be enabled in the file; `dialog` needs full authorisation, because Apps Script refuses
 * sidebars and dialogs from simple triggers even when the document is readable.
 */
export type Access = 'free' | 'document' | 'dialog';

/** Apps Script throws errors named "Exception"; matching the name keeps `catch` code honest. */
export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

export const SCOPES = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  storage: 'https://www.googleapis.com/auth/script.storage',
  email: 'https://www.googleapis.com/auth/userinfo.email',
} as const;

/** State every fake shares: the call counter and the authorisation switch. */
export class FakeContext {
  readonly calls = new CallCounter();
  /**
   * Builder calls (newConditionalFormatRule().…build(), a chart builder's setters, data
   * validation builders) and getters on the objects they build are local object construction in
   * Apps Script, not spreadsheet round trips: they are counted here, apart from `calls`, so a
   * call-count test measures what costs time and still sees how many builders were used.
   */
  readonly localCalls = new CallCounter();

  constructor(public authMode: AuthMode = 'FULL') {}

  /**
   * Every public fake method starts here: the call is counted even when refused, since the real
   * service round trip happens before the refusal comes back.
   */
  call(method: string, access: Access = 'document', scope: string = SCOPES.spreadsheets): void {
    this.calls.record(method);
    if (this.allows(access)) return;
    throw new AppsScriptException(
      `You do not have permission to call ${method}. Required permissions: ${scope}`,
    );
  }

  /** A builder or built-object call: counted in `localCalls`, allowed in every AuthMode. */
  local(method: string): void {
    this.localCalls.record(method);
  }

  private allows(access: Access): boolean {
    if (access === 'free') return true;
    if (access === 'document') return this.authMode !== 'NONE';
    return this.authMode === 'FULL';
  }
}
