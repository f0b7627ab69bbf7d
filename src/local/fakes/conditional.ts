import { BooleanCriteria, enumName, exposeAs } from './boundary';
import { normalizeColor } from './colors';
import type { FakeContext } from './context';
import { unwrapRange, type FakeRange } from './range';

type GasRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type GasRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type GasBooleanCondition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;

export interface RuleStyle {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface GradientPoint {
  color: string;
  type: string;
  value: string;
}

/** Everything a rule holds, as plain data so copies and snapshots are cheap. */
export interface RuleSpec {
  ranges: FakeRange[];
  condition: { type: string; values: unknown[] } | null;
  gradient: { min?: GradientPoint; mid?: GradientPoint; max?: GradientPoint } | null;
  style: RuleStyle;
}

function emptySpec(): RuleSpec {
  return {
    ranges: [],
    condition: null,
    gradient: null,
    style: {
      background: null,
      fontColor: null,
      bold: null,
      italic: null,
      strikethrough: null,
      underline: null,
    },
  };
}

function copySpec(spec: RuleSpec): RuleSpec {
  return {
    ranges: [...spec.ranges],
    condition: spec.condition ? { type: spec.condition.type, values: [...spec.condition.values] } : null,
    gradient: spec.gradient ? { ...spec.gradient } : null,
    style: { ...spec.style },
  };
}

export class FakeBooleanCondition implements Pick<
  GasBooleanCondition,
  'getCriteriaType' | 'getCriteriaValues'
> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly spec: RuleSpec,
  ) {}

  getCriteriaType(): Criteria {
    this.ctx.local('BooleanCondition.getCriteriaType');
    return BooleanCriteria[this.spec.condition?.type as keyof typeof BooleanCriteria];
  }

  getCriteriaValues(): unknown[] {
    this.ctx.local('BooleanCondition.getCriteriaValues');
    return [...(this.spec.condition?.values ?? [])];
  }
}

export class FakeConditionalFormatRule implements Pick<GasRule, 'getBooleanCondition' | 'getRanges'> {
  constructor(
    private readonly ctx: FakeContext,
    readonly spec: RuleSpec,
  ) {}

  getBooleanCondition(): GasBooleanCondition | null {
    this.ctx.local('ConditionalFormatRule.getBooleanCondition');
    if (!this.spec.condition) return null;
    return exposeAs<GasBooleanCondition>(new FakeBooleanCondition(this.ctx, this.spec));
  }

  getRanges(): GasRange[] {
    this.ctx.local('ConditionalFormatRule.getRanges');
    return this.spec.ranges.map((range) => exposeAs<GasRange>(range));
  }

  /** Sheets hands out fresh rule objects on every read; so does the fake. */
  clone(): FakeConditionalFormatRule {
    return new FakeConditionalFormatRule(this.ctx, copySpec(this.spec));
  }
}

type BuilderMethods =
  | 'build'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setGradientMaxpointWithValue'
  | 'setGradientMidpointWithValue'
  | 'setGradientMinpointWithValue'
  | 'setRanges'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan';

export class FakeConditionalFormatRuleBuilder implements Pick<GasRuleBuilder, BuilderMethods> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly spec: RuleSpec = emptySpec(),
  ) {}

  private self(method: string, change: (spec: RuleSpec) => void): GasRuleBuilder {
    this.ctx.local(`ConditionalFormatRuleBuilder.${method}`);
    change(this.spec);
    return exposeAs<GasRuleBuilder>(this);
  }

  private when(method: string, type: string, values: unknown[]): GasRuleBuilder {
    // A rule has one condition: a boolean condition replaces a gradient and vice versa.
    return this.self(method, (spec) => {
      spec.condition = { type, values };
      spec.gradient = null;
    });
  }

  private gradient(method: string, point: 'min' | 'mid' | 'max', value: GradientPoint): GasRuleBuilder {
    return this.self(method, (spec) => {
      spec.condition = null;
      spec.gradient = { ...(spec.gradient ?? {}), [point]: { ...value, color: normalizeColor(value.color) } };
    });
  }

  build(): GasRule {
    this.ctx.local('ConditionalFormatRuleBuilder.build');
    return exposeAs<GasRule>(new FakeConditionalFormatRule(this.ctx, copySpec(this.spec)));
  }

  setRanges(ranges: GasRange[]): GasRuleBuilder {
    return this.self('setRanges', (spec) => {
      spec.ranges = ranges.map(unwrapRange);
    });
  }

  setBackground(color: string | null): GasRuleBuilder {
    return this.self('setBackground', (spec) => {
      spec.style.background = color === null ? null : normalizeColor(color);
    });
  }

  setFontColor(color: string | null): GasRuleBuilder {
    return this.self('setFontColor', (spec) => {
      spec.style.fontColor = color === null ? null : normalizeColor(color);
    });
  }

  setBold(bold: boolean | null): GasRuleBuilder {
    return this.self('setBold', (spec) => {
      spec.style.bold = bold;
    });
  }

  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasRuleBuilder {
    return this.gradient('setGradientMinpointWithValue', 'min', { color, type: enumName(type), value });
  }

  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasRuleBuilder {
    return this.gradient('setGradientMidpointWithValue', 'mid', { color, type: enumName(type), value });
  }

  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): GasRuleBuilder {
    return this.gradient('setGradientMaxpointWithValue', 'max', { color, type: enumName(type), value });
  }

  whenNumberGreaterThan(number: number): GasRuleBuilder {
    return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [number]);
  }

  whenNumberGreaterThanOrEqualTo(number: number): GasRuleBuilder {
    return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [number]);
  }

  whenNumberLessThan(number: number): GasRuleBuilder {
    return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [number]);
  }
}

export function unwrapRule(rule: GasRule): FakeConditionalFormatRule {
  if (rule instanceof FakeConditionalFormatRule) return rule;
  throw new TypeError('Expected a conditional format rule built by the fake SpreadsheetApp');
}
