import { BorderStyle, DeveloperMetadataVisibility, InterpolationType, exposeAs } from './boundary';
import { FakeConditionalFormatRuleBuilder } from './conditional';
import { AppsScriptException, type FakeContext } from './context';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

/** What Apps Script answers getUi() in a time-driven trigger: there is no editor to show anything in. */
export const NO_UI_IN_TRIGGER = 'Cannot call SpreadsheetApp.getUi() from this context.';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class FakeSpreadsheetApp implements Pick<
  GasApp,
  | 'BorderStyle'
  | 'DeveloperMetadataVisibility'
  | 'InterpolationType'
  | 'getActive'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'openById'
> {
  readonly BorderStyle = BorderStyle;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly InterpolationType = InterpolationType;

  constructor(
    private readonly ctx: FakeContext,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}

  /** Null in a time-driven trigger: it runs in no open spreadsheet (see Execution). */
  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.ctx.call('SpreadsheetApp.getActive');
    return this.active();
  }

  private active(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    if (this.ctx.execution === 'time-trigger')
      return null as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    return exposeAs<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }

  /**
   * Opens the spreadsheet by its ID, from anywhere: its reference lists only the
   * https://www.googleapis.com/auth/spreadsheets scope (not spreadsheets.currentonly), which the
   * context checks. The fakes hold one spreadsheet: another ID is refused as Apps Script refuses a
   * file that does not exist or that the user cannot open.
   */
  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.ctx.call('SpreadsheetApp.openById');
    if (id !== this.spreadsheet.id)
      throw new AppsScriptException(
        `Unexpected error while getting the method or property openById on object SpreadsheetApp.`,
      );
    return exposeAs<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }

  /** Works in AuthMode.NONE: onOpen needs it to build the add-on menu; never in a time-driven trigger. */
  getUi(): GoogleAppsScript.Base.Ui {
    this.ctx.call('SpreadsheetApp.getUi', 'free');
    if (this.ctx.execution === 'time-trigger') throw new AppsScriptException(NO_UI_IN_TRIGGER);
    return exposeAs<GoogleAppsScript.Base.Ui>(this.ui);
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.ctx.local('SpreadsheetApp.newDataValidation');
    return exposeAs<GoogleAppsScript.Spreadsheet.DataValidationBuilder>(
      new FakeDataValidationBuilder(this.ctx),
    );
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.ctx.local('SpreadsheetApp.newConditionalFormatRule');
    return exposeAs<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>(
      new FakeConditionalFormatRuleBuilder(this.ctx),
    );
  }
}
