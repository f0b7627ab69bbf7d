import { languageFromLocale, PERMISSION_TEXTS } from '../i18n';
import type { Services } from './services';

/* The scopes of appsscript.json, by what they let the add-on do (README, "Scopes"). */
export const SPREADSHEET_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
export const DIALOGS_SCOPE = 'https://www.googleapis.com/auth/script.container.ui';
export const EMAIL_SCOPE = 'https://www.googleapis.com/auth/userinfo.email';

const DESCRIPTION: Record<string, 'spreadsheet' | 'dialogs' | 'email'> = {
  [SPREADSHEET_SCOPE]: 'spreadsheet',
  [DIALOGS_SCOPE]: 'dialogs',
  [EMAIL_SCOPE]: 'email',
};

/**
 * Runs a menu action only if the user granted every scope it needs. A user may untick some
 * permissions on Google's consent screen; the action would then stop at its first call with a raw
 * "You do not have permission to call …". Instead the user is told, in an alert (Ui.alert needs
 * no scope), which permission is missing and where to grant it, and nothing else runs.
 */
export function withPermissions(
  services: Services,
  action: string | ((language: 'en' | 'sv' | 'vi') => string),
  scopes: string[],
  run: () => void,
): void {
  const { missing, url } = services.authorization(scopes);
  if (missing.length === 0) {
    run();
    return;
  }
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
  const ui = services.ui();
  ui.alert(texts.title, `${texts.missing(name, needs)}\n\n${howTo}`, ui.ButtonSet.OK);
}
