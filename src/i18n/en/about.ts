import { familyNames } from './names';
export const about = {
  title: 'Social KPIs: the KPI reference',
  /** The period-total example comes from the registry, in the language's notation. */
  intro: (totalExample: string) =>
    `Type these functions in any cell. Rates are fractions: press the % button to show 0.0425 as 4.25 %. Ranges work row by row; for a period total use sums, e.g. ${totalExample}.`,
  contents: 'Families',
  familyTitles: familyNames,
  columns: { fn: 'Function', meaning: 'What it means', example: 'Example' },
  formula: 'Formula',
  countedTitle: 'Counted KPIs',
  countedIntro: 'These are columns of the data sheet, summed or carried by the report, not functions:',
  higherIsBetter: '↑ higher is better',
  lowerIsBetter: '↓ lower is better',
  version: 'Version',
};
