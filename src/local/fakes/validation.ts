import { DataValidationCriteria, exposeAs } from './boundary';
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
  'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues'
> {
  constructor(
    private readonly ctx: FakeContext,
    readonly spec: Readonly<ValidationSpec>,
  ) {}

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
}

type BuilderMethods =
  | 'build'
  | 'requireDate'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireValueInList'
  | 'setAllowInvalid'
  | 'setHelpText';

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

  requireDate(): GasDataValidationBuilder {
    return this.require('requireDate', 'DATE_IS_VALID_DATE', []);
  }

  requireNumberGreaterThanOrEqualTo(number: number): GasDataValidationBuilder {
    return this.require('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  requireValueInList(values: string[], showDropdown = true): GasDataValidationBuilder {
    return this.require('requireValueInList', 'VALUE_IN_LIST', [[...values], showDropdown]);
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
}
