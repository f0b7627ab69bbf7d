import { KpiFunctionError, runCustomFunction as run, type FunctionResult } from '../functions';
import { functionTextsFor } from '../i18n/function-texts';
import { appsScriptServices } from '../services/services';

/**
 * What the generated stubs call. The engine stays pure; only when a call fails is the
 * spreadsheet asked for its locale, so the message in the cell is in the team's language and
 * a successful call costs no service call at all.
 */
export function runCustomFunction(name: string, args: ArrayLike<unknown>): FunctionResult {
  try {
    return run(name, args);
  } catch (error) {
    if (error instanceof KpiFunctionError) {
      // Sheets shows only the message, and Error's `cause` option is newer than the ES2020 library
      // this bundle is typed against, so the localized error stands alone.
      // eslint-disable-next-line preserve-caught-error
      throw new Error(error.localized(functionTextsFor(spreadsheetLocale())));
    }
    throw error;
  }
}

function spreadsheetLocale(): string {
  try {
    return appsScriptServices().spreadsheet().getSpreadsheetLocale();
  } catch {
    // No spreadsheet to ask (a script run outside Sheets, or a test): English.
    return '';
  }
}
