// The augmentation is global, not a module, so it is referenced: every tsconfig that reaches the
// services gets it.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- see above
/// <reference path="./apps-script-granular.d.ts" />
/*
 * The only door to Apps Script. Everything else takes a `Services` and plain data, so the same
 * code runs on the real services in Sheets and on the in-memory fakes in Node.
 *
 * Each member is a function, not a value: nothing is looked up until an action needs it,
 * because every custom function call loads the whole script and most need no service at all.
 */
export interface Services {
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  ui(): GoogleAppsScript.Base.Ui;
  html(): GoogleAppsScript.HTML.HtmlService;
  documentProperties(): GoogleAppsScript.Properties.Properties;
  documentLock(): GoogleAppsScript.Lock.Lock;
  /** Who is acting, for "changed by"; empty when Apps Script will not tell (consumer accounts). */
  userEmail(): string;
  /** The user's own locale: readable even in AuthMode.NONE, unlike the spreadsheet's. */
  userLocale(): string;
  now(): Date;
  /**
   * Of these scopes, the ones this user has not granted (Google's per-scope consent lets a user
   * untick some), and the address where they can grant them (null when none is missing).
   */
  authorization(scopes: string[]): { missing: string[]; url: string | null };
  /** Data validation rules are built from SpreadsheetApp, which nothing else may touch. */
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  /** The report's conditional colours: a builder, local object construction, not a round trip. */
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
  /** SpreadsheetApp.InterpolationType.NUMBER, for colour scales with fixed end points. */
  interpolationNumber(): GoogleAppsScript.Spreadsheet.InterpolationType;
}

/** The real Apps Script services, read from the globals only when called. */
export function appsScriptServices(): Services {
  return {
    spreadsheet: () => SpreadsheetApp.getActive(),
    ui: () => SpreadsheetApp.getUi(),
    html: () => HtmlService,
    documentProperties: () => PropertiesService.getDocumentProperties(),
    documentLock: () => LockService.getDocumentLock(),
    userEmail: () => Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail() || '',
    userLocale: () => Session.getActiveUserLocale(),
    now: () => new Date(),
    authorization: (scopes) => authorizationOf(ScriptApp, scopes),
    newDataValidation: () => SpreadsheetApp.newDataValidation(),
    newConditionalFormatRule: () => SpreadsheetApp.newConditionalFormatRule(),
    interpolationNumber: () => SpreadsheetApp.InterpolationType.NUMBER,
  };
}

/**
 * ScriptApp.getAuthorizationInfo(AuthMode.FULL, scopes): getAuthorizedScopes() lists the granted
 * ones among them; getAuthorizationUrl() is where the user grants the rest.
 */
export function authorizationOf(
  scriptApp: GoogleAppsScript.Script.ScriptApp,
  scopes: string[],
): { missing: string[]; url: string | null } {
  const info = scriptApp.getAuthorizationInfo(scriptApp.AuthMode.FULL, scopes);
  const granted = info.getAuthorizedScopes();
  const missing = scopes.filter((scope) => !granted.includes(scope));
  return { missing, url: missing.length > 0 ? info.getAuthorizationUrl() || null : null };
}
