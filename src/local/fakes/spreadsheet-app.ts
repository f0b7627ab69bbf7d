import { BorderStyle, DeveloperMetadataVisibility, InterpolationType, exposeAs } from './boundary';
import { FakeConditionalFormatRuleBuilder } from './conditional';
import type { FakeContext } from './context';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

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
> {
  readonly BorderStyle = BorderStyle;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly InterpolationType = InterpolationType;

  constructor(
    private readonly ctx: FakeContext,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.ctx.call('SpreadsheetApp.getActive');
    return exposeAs<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }

  /** Works in AuthMode.NONE: onOpen needs it to build the add-on menu. */
  getUi(): GoogleAppsScript.Base.Ui {
    this.ctx.call('SpreadsheetApp.getUi', 'free');
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
