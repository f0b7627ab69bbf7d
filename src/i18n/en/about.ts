import { familyNames } from './names';
export const about = {
  title: 'Social KPIs: the KPI reference',
  intro:
    'Type these functions in any cell. Rates are fractions: press the % button to show 0.0425 as 4.25 %. Ranges work row by row; for a period total use sums, e.g. =ENGAGEMENT_RATE(SUM(E2:H100), SUM(C2:C100)).',
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
