import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CallCounter } from './calls';
import { referenceScopes } from './scopes';

/** Mirrors ScriptApp.AuthMode for the cases an editor add-on meets. */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/**
 * Where the execution runs. `editor`: a menu item, a sidebar's call or a simple trigger in the
 * open spreadsheet. `time-trigger`: an installable clock trigger, which runs in AuthMode.FULL
 * with no open document: the time-driven event object has no `source`
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events), so
 * SpreadsheetApp.getActive() gives null, document properties ("within the open document") and the
 * document lock ("null if … outside of a containing document") are not promised, and there is no
 * editor to show a dialog in.
 */
export type Execution = 'editor' | 'time-trigger';

/**
 * What a call needs besides its scopes. `free` works even in AuthMode.NONE (menus, builders);
 * `document` needs the add-on to be enabled in the file; `dialog` needs full authorisation,
 * because Apps Script refuses sidebars and dialogs from simple triggers even when the document is
 * readable.
 */
export type Access = 'free' | 'document' | 'dialog';

/** Apps Script throws errors named "Exception"; matching the name keeps `catch` code honest. */
export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** What the project's appsscript.json says about scopes; see loadManifest. */
export interface Manifest {
  /** Absent: Apps Script infers the scopes from the code, so every scope is asked for. */
  oauthScopes?: string[];
}

/** The repository's own appsscript.json, the file `clasp push` uploads. */
export const MANIFEST_PATH = resolve(__dirname, '../../../appsscript.json');

export function loadManifest(path: string = MANIFEST_PATH): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/**
 * Which calls a custom function may make (the custom functions guide, "Using Apps Script
 * services": https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
 * Spreadsheet: read only, most get*() methods but no set*(); Properties: reading; HTML, Lock and
 * Session work; the Ui, menus and ScriptApp's authorisation calls are not available.
 */
const CUSTOM_FUNCTION_SERVICES: Record<string, 'all' | 'read'> = {
  SpreadsheetApp: 'read',
  Spreadsheet: 'read',
  Sheet: 'read',
  Range: 'read',
  RangeList: 'read',
  DeveloperMetadata: 'read',
  DeveloperMetadataFinder: 'read',
  PropertiesService: 'read',
  Properties: 'read',
  HtmlService: 'all',
  HtmlOutput: 'all',
  HtmlTemplate: 'all',
  LockService: 'all',
  Lock: 'all',
  Session: 'all',
  User: 'all',
};

function customFunctionMayCall(method: string): boolean {
  const [className, name] = method.split('.');
  const rule = CUSTOM_FUNCTION_SERVICES[className];
  if (rule === 'all') return true;
  // SpreadsheetApp.getUi is a getter, but a custom function has no editor to show anything in.
  if (rule === 'read') return /^(get|is)[A-Z]/.test(name) && method !== 'SpreadsheetApp.getUi';
  return false;
}

/** "(a || b)" for alternatives, as Apps Script prints them; a lone scope stands alone. */
function requiredPermissions(scopes: readonly string[]): string {
  return scopes.length === 1 ? scopes[0] : `(${scopes.join(' || ')})`;
}

export interface AuthorizationOptions {
  authMode?: AuthMode;
  manifest?: Manifest;
  /**
   * Scopes of the manifest this user did not grant: Google's per-scope (granular) consent lets a
   * user tick some permissions and not others.
   */
  declinedScopes?: readonly string[];
}

/** State every fake shares: the call counter and the authorisation: mode, manifest and consent. */
export class FakeContext {
  readonly calls = new CallCounter();
  /**
   * Builder calls (newConditionalFormatRule().…build(), a chart builder's setters, data
   * validation builders) and getters on the objects they build are local object construction in
   * Apps Script, not spreadsheet round trips: they are counted here, apart from `calls`, so a
   * call-count test measures what costs time and still sees how many builders were used.
   */
  readonly localCalls = new CallCounter();
  authMode: AuthMode;
  execution: Execution = 'editor';
  /** The manifest's scopes; null when it lists none (Apps Script then asks for what the code uses). */
  readonly manifestScopes: readonly string[] | null;
  readonly declinedScopes: Set<string>;

  constructor(options: AuthorizationOptions = {}) {
    this.authMode = options.authMode ?? 'FULL';
    this.manifestScopes = (options.manifest ?? loadManifest()).oauthScopes ?? null;
    this.declinedScopes = new Set(options.declinedScopes ?? []);
  }

  /** Scopes the project asks for (the manifest's) that this user granted. */
  grantedScopes(): string[] {
    return (this.manifestScopes ?? []).filter((scope) => !this.declinedScopes.has(scope));
  }

  /** True when the manifest asks for `scope` (always, for a manifest that lists none). */
  requests(scope: string): boolean {
    return this.manifestScopes === null || this.manifestScopes.includes(scope);
  }

  /**
   * Every public fake method starts here: the call is counted even when refused, since the real
   * service round trip happens before the refusal comes back. Then the auth mode's rules, then
   * the scopes the method's reference page lists against the manifest and the user's consent.
   */
  call(method: string, access: Access = 'document'): void {
    this.calls.record(method);
    const scopes = referenceScopes(method);
    if (this.authMode === 'CUSTOM_FUNCTION') {
      // Custom functions run without the user's authorisation: what they may call is fixed.
      if (customFunctionMayCall(method)) return;
      throw new AppsScriptException(`You do not have permission to call ${method}`);
    }
    if (!this.allows(access) || !this.authorises(scopes)) {
      throw new AppsScriptException(
        scopes.length === 0
          ? `You do not have permission to call ${method}`
          : `You do not have permission to call ${method}. Required permissions: ${requiredPermissions(scopes)}`,
      );
    }
  }

  /** A builder or built-object call: counted in `localCalls`, allowed in every AuthMode. */
  local(method: string): void {
    referenceScopes(method);
    this.localCalls.record(method);
  }

  private authorises(scopes: readonly string[]): boolean {
    if (scopes.length === 0) return true;
    return scopes.some((scope) => this.requests(scope) && !this.declinedScopes.has(scope));
  }

  private allows(access: Access): boolean {
    if (access === 'free') return true;
    if (access === 'document') return this.authMode !== 'NONE';
    return this.authMode === 'FULL';
  }
}
