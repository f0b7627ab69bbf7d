import { DataValidationCriteria, enumName, exposeAs } from './boundary';
import type { FakeContext } from './context';

type GasDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type GasDataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

/** Plain data of a rule, shared by the rule, its builder and snapshots. */
export interface ValidationSpec {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidation implements Pick<
  GasDataValidation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
> {
  constructor(
    private readonly ctx: FakeContext,
    readonly spec: Readonly<ValidationSpec>,
  ) {}

  copy(): GasDataValidationBuilder {
    this.ctx.local('DataValidation.copy');
    return exposeAs<GasDataValidationBuilder>(new FakeDataValidationBuilder(this.ctx, { ...this.spec }));
  }

  getAllowInvalid(): boolean {
    this.ctx.local('DataValidation.getAllowInvalid');
    return this.spec.allowInvalid;
  }

  getCriteriaType(): Criteria {
    this.ctx.local('DataValidation.getCriteriaType');
    return DataValidationCriteria[this.spec.criteria as keyof typeof DataValidationCriteria];
  }

  getCriteriaValues(): unknown[] {
    this.ctx.local('DataValidation.getCriteriaValues');
    return [...this.spec.values];
  }

  getHelpText(): string {
    this.ctx.local('DataValidation.getHelpText');
    return this.spec.helpText;
  }
}

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class FakeDataValidationBuilder implements Pick<GasDataValidationBuilder, BuilderMethods> {
  private spec: ValidationSpec;

  constructor(
    private readonly ctx: FakeContext,
    spec?: ValidationSpec,
  ) {
    // Apps Script's default is to accept invalid input with a warning, not to reject it.
    this.spec = spec ?? { criteria: '', values: [], allowInvalid: true, helpText: '' };
  }

  private require(method: string, criteria: string, values: unknown[]): GasDataValidationBuilder {
    this.ctx.local(`DataValidationBuilder.${method}`);
    this.spec = { ...this.spec, criteria, values };
    return exposeAs<GasDataValidationBuilder>(this);
  }

  build(): GasDataValidation {
    this.ctx.local('DataValidationBuilder.build');
    if (!this.spec.criteria) throw new Error('A data validation rule needs a criterion before build().');
    return exposeAs<GasDataValidation>(new FakeDataValidation(this.ctx, { ...this.spec }));
  }

  copy(): GasDataValidationBuilder {
    this.ctx.local('DataValidationBuilder.copy');
    return exposeAs<GasDataValidationBuilder>(new FakeDataValidationBuilder(this.ctx, { ...this.spec }));
  }

  getAllowInvalid(): boolean {
    this.ctx.local('DataValidationBuilder.getAllowInvalid');
    return this.spec.allowInvalid;
  }

  getCriteriaType(): Criteria {
    this.ctx.local('DataValidationBuilder.getCriteriaType');
    return DataValidationCriteria[this.spec.criteria as keyof typeof DataValidationCriteria];
  }

  getCriteriaValues(): unknown[] {
    this.ctx.local('DataValidationBuilder.getCriteriaValues');
    return [...this.spec.values];
  }

  getHelpText(): string | null {
    this.ctx.local('DataValidationBuilder.getHelpText');
    return this.spec.helpText || null;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasDataValidationBuilder {
    const values = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.require('requireCheckbox', 'CHECKBOX', values);
  }

  requireDate(): GasDataValidationBuilder {
    return this.require('requireDate', 'DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: Date): GasDataValidationBuilder {
    return this.require('requireDateAfter', 'DATE_AFTER', [date]);
  }

  requireDateBefore(date: Date): GasDataValidationBuilder {
    return this.require('requireDateBefore', 'DATE_BEFORE', [date]);
  }

  requireDateBetween(start: Date, end: Date): GasDataValidationBuilder {
    return this.require('requireDateBetween', 'DATE_BETWEEN', [start, end]);
  }

  requireFormulaSatisfied(formula: string): GasDataValidationBuilder {
    return this.require('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]);
  }

  requireNumberBetween(start: number, end: number): GasDataValidationBuilder {
    return this.require('requireNumberBetween', 'NUMBER_BETWEEN', [start, end]);
  }

  requireNumberEqualTo(number: number): GasDataValidationBuilder {
    return this.require('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [number]);
  }

  requireNumberGreaterThan(number: number): GasDataValidationBuilder {
    return this.require('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GasDataValidationBuilder {
    return this.require('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireNumberLessThan(number: number): GasDataValidationBuilder {
    return this.require('requireNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }

  requireNumberLessThanOrEqualTo(number: number): GasDataValidationBuilder {
    return this.require('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [number]);
  }

  requireTextIsEmail(): GasDataValidationBuilder {
    return this.require('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): GasDataValidationBuilder {
    return this.require('requireTextIsUrl', 'TEXT_IS_VALID_URL', []);
  }

  requireValueInList(values: string[], showDropdown = true): GasDataValidationBuilder {
    return this.require('requireValueInList', 'VALUE_IN_LIST', [[...values], showDropdown]);
  }

  requireValueInRange(
    range: GoogleAppsScript.Spreadsheet.Range,
    showDropdown = true,
  ): GasDataValidationBuilder {
    return this.require('requireValueInRange', 'VALUE_IN_RANGE', [range, showDropdown]);
  }

  setAllowInvalid(allowInvalidData: boolean): GasDataValidationBuilder {
    this.ctx.local('DataValidationBuilder.setAllowInvalid');
    this.spec = { ...this.spec, allowInvalid: allowInvalidData };
    return exposeAs<GasDataValidationBuilder>(this);
  }

  setHelpText(helpText: string): GasDataValidationBuilder {
    this.ctx.local('DataValidationBuilder.setHelpText');
    this.spec = { ...this.spec, helpText };
    return exposeAs<GasDataValidationBuilder>(this);
  }

  withCriteria(criteria: Criteria, args: unknown[]): GasDataValidationBuilder {
    return this.require('withCriteria', enumName(criteria), [...args]);
  }
}
