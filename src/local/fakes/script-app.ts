import { AuthModeEnum, enumOf, exposeAs } from './boundary';
import { AppsScriptException, type FakeContext } from './context';
import { EventType, TriggerSource, WeekDay, type FakeTriggerStore } from './triggers';

type GasScriptApp = GoogleAppsScript.Script.ScriptApp;
type GasAuthorizationInfo = GoogleAppsScript.Script.AuthorizationInfo;

export const AuthorizationStatus = enumOf<typeof GoogleAppsScript.Script.AuthorizationStatus>([
  'REQUIRED',
  'NOT_REQUIRED',
]);

/** Where the fake sends a user to grant what is missing; Google's real link is per script and user. */
export const FAKE_AUTHORIZATION_URL = 'https://script.google.com/macros/d/fake-script-id/authorize';

/**
 * ScriptApp as far as the add-on uses it: the AuthMode enum and getAuthorizationInfo, which
 * answers from the manifest and the scopes this user granted (granular consent).
 * Reference: https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode,String)
 * and https://developers.google.com/apps-script/reference/script/authorization-info
 */
export class FakeScriptApp implements Pick<
  GasScriptApp,
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'getAuthorizationInfo'
  | 'WeekDay'
  | 'EventType'
  | 'TriggerSource'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
> {
  readonly AuthMode = AuthModeEnum;
  readonly AuthorizationStatus = AuthorizationStatus;
  readonly WeekDay = WeekDay;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;

  constructor(
    private readonly ctx: FakeContext,
    /** Installable triggers (src/local/fakes/triggers.ts). */
    private readonly triggers: FakeTriggerStore,
  ) {}

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return this.triggers.newTrigger(functionName);
  }

  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    return this.triggers.getProjectTriggers();
  }

  getUserTriggers(document: GoogleAppsScript.Document.Document): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(form: GoogleAppsScript.Forms.Form): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Script.Trigger[];
  getUserTriggers(file: unknown): GoogleAppsScript.Script.Trigger[] {
    return this.triggers.getUserTriggers(file);
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.triggers.deleteTrigger(trigger);
  }

  getAuthorizationInfo(
    authMode: GoogleAppsScript.Script.AuthMode,
    oAuthScopes?: string[],
  ): GasAuthorizationInfo {
    this.ctx.call('ScriptApp.getAuthorizationInfo');
    if (!Object.values(AuthModeEnum).includes(authMode)) {
      throw new AppsScriptException(
        `The parameters (${String(authMode)}) don't match the method signature for ScriptApp.getAuthorizationInfo.`,
      );
    }
    // "Scopes that are invalid or not required by the script lead to an error."
    for (const scope of oAuthScopes ?? []) {
      if (!this.ctx.requests(scope)) {
        throw new AppsScriptException(`The script does not require the scope ${scope}.`);
      }
    }
    // Only AuthMode.FULL needs the user's grant; the other modes need none.
    const full = String(authMode) === 'FULL';
    const asked = oAuthScopes ?? [...(this.ctx.manifestScopes ?? [])];
    const authorized = full ? asked.filter((scope) => !this.ctx.declinedScopes.has(scope)) : asked;
    const required = authorized.length < asked.length;
    const ctx = this.ctx;
    return exposeAs<GasAuthorizationInfo>({
      getAuthorizationStatus() {
        ctx.local('AuthorizationInfo.getAuthorizationStatus');
        return required ? AuthorizationStatus.REQUIRED : AuthorizationStatus.NOT_REQUIRED;
      },
      getAuthorizationUrl() {
        ctx.local('AuthorizationInfo.getAuthorizationUrl');
        // "This method returns null if no authorization is required."
        return (required ? FAKE_AUTHORIZATION_URL : null) as string;
      },
      getAuthorizedScopes() {
        ctx.local('AuthorizationInfo.getAuthorizedScopes');
        return [...authorized];
      },
    });
  }
}
