import { languageFromLocale, type Language } from '../i18n/language';
import { PERMISSION_TEXTS } from '../i18n/script-texts';
import type { Services } from './services';

/* The scopes of appsscript.json, by what they let the add-on do (README, "Scopes"). */
export const SPREADSHEET_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
export const DIALOGS_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';
export const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
/* Only the scheduled report asks for these three; every other feature works without them. */
/** SpreadsheetApp.openById: a time-driven trigger has no active spreadsheet to reach otherwise. */
export const ALL_SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
/** ScriptApp's installable triggers. */
export const TRIGGERS_SCOPE = 'https://www.googleapis.com/auth/script.scriptapp';
/** MailApp.sendEmail, for the team digest. */
export const SEND_MAIL_SCOPE = 'https://www.googleapis.com/auth/script.send_mail';

const DESCRIPTION: Record<
  string,
  'spreadsheet' | 'dialogs' | 'email' | 'allSpreadsheets' | 'triggers' | 'mail'
> = {
  [SPREADSHEET_SCOPE]: 'spreadsheet',
  [DIALOGS_SCOPE]: 'dialogs',
  [EMAIL_SCOPE]: 'email',
  [ALL_SPREADSHEETS_SCOPE]: 'allSpreadsheets',
  [TRIGGERS_SCOPE]: 'triggers',
  [SEND_MAIL_SCOPE]: 'mail',
};

type ActionName = string | ((language: Language) => string);

/**
 * What to tell a user who did not grant every scope an action needs: which permission is missing
 * and where to grant it, in their language; null when nothing is missing.
 */
export function missingPermission(
  services: Services,
  action: ActionName,
  scopes: string[],
): { title: string; message: string } | null {
  const { missing, url } = services.authorization(scopes);
  if (missing.length === 0) return null;
  // The spreadsheet's locale needs the spreadsheet scope; the user's own locale needs none.
  const language = languageFromLocale(
    missing.includes(SPREADSHEET_SCOPE)
      ? services.userLocale()
      : services.spreadsheet().getSpreadsheetLocale(),
  );
  const texts = PERMISSION_TEXTS[language];
  const name = typeof action === 'string' ? action : action(language);
  const needs = missing.map((scope) => texts[DESCRIPTION[scope] ?? 'spreadsheet']).join(texts.and);
  const howTo = url ? texts.howTo(name, url) : texts.howToWithoutLink(name);
  return { title: texts.title, message: `${texts.missing(name, needs)}\n\n${howTo}` };
}

/**
 * Runs a menu action only if the user granted every scope it needs. A user may untick some
 * permissions on Google's consent screen; the action would then stop at its first call with a raw
 * "You do not have permission to call …". Instead the user is told, in an alert (Ui.alert needs
 * no scope), which permission is missing and where to grant it, and nothing else runs.
 */
export function withPermissions(
  services: Services,
  action: ActionName,
  scopes: string[],
  run: () => void,
): void {
  const missing = missingPermission(services, action, scopes);
  if (!missing) {
    run();
    return;
  }
  const ui = services.ui();
  ui.alert(missing.title, missing.message, ui.ButtonSet.OK);
}

/**
 * The same check for a google.script.run call from a sidebar or dialog, which can outlive the
 * grant (a permission withdrawn while the sidebar is open) or be opened on a partial one: before
 * anything runs, a missing permission is thrown as an Error whose message says which and how to
 * grant it. google.script.run hands a thrown Error to the page's failure handler, which shows it.
 */
export function requirePermissions(services: Services, action: ActionName, scopes: string[]): void {
  const missing = missingPermission(services, action, scopes);
  if (missing) throw new Error(missing.message);
}
