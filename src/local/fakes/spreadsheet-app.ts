import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  InterpolationType,
  WrapStrategy,
  exposeAs,
} from './boundary';
import { FakeConditionalFormatRuleBuilder } from './conditional';
import type { FakeContext } from './context';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

type GasApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class FakeSpreadsheetApp implements Pick<
  GasApp,
  | 'BooleanCriteria'
  | 'BorderStyle'
  | 'DataValidationCriteria'
  | 'DeveloperMetadataLocationType'
  | 'DeveloperMetadataVisibility'
  | 'InterpolationType'
  | 'WrapStrategy'
  | 'flush'
  | 'getActive'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getActiveSpreadsheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'setActiveSheet'
> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly InterpolationType = InterpolationType;
  readonly WrapStrategy = WrapStrategy;

  constructor(
    private readonly ctx: FakeContext,
    private readonly spreadsheet: FakeSpreadsheet,
    private readonly ui: FakeUi,
  ) {}

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.ctx.call('SpreadsheetApp.getActive');
    return exposeAs<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }

  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.ctx.call('SpreadsheetApp.getActiveSpreadsheet');
    return exposeAs<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.spreadsheet);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.ctx.call('SpreadsheetApp.getActiveSheet');
    return this.spreadsheet.currentSheet().asGasSheet();
  }

  getActiveRange(): GoogleAppsScript.Spreadsheet.Range {
    this.ctx.call('SpreadsheetApp.getActiveRange');
    return this.spreadsheet.getActiveRangeUncounted();
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    this.ctx.call('SpreadsheetApp.setActiveSheet');
    return this.spreadsheet.setActiveSheetUncounted(sheet);
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

  /** Writes are applied at once in memory; flush only counts, as a round trip in Sheets. */
  flush(): void {
    this.ctx.call('SpreadsheetApp.flush');
  }
}
