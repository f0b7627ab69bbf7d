import type { Catalogue } from '../en';
import { familyNames } from './names';

export const about: Catalogue['about'] = {
  title: 'Social KPIs: KPI-referens',
  /** The period-total example comes from the registry, in the language's notation. */
  intro: (totalExample: string) =>
    `Skriv funktionerna i valfri cell. Andelar är decimaltal: tryck på %-knappen för att visa 0,0425 som 4,25 %. Områden räknas rad för rad; för en periodsumma, använd summor, t.ex. ${totalExample}.`,
  contents: 'Kategorier',
  familyTitles: familyNames,
  columns: { fn: 'Funktion', meaning: 'Vad den betyder', example: 'Exempel' },
  formula: 'Formel',
  countedTitle: 'Räknade KPI:er',
  countedIntro: 'Det här är kolumner i databladet som rapporten summerar eller för vidare, inte funktioner:',
  higherIsBetter: '↑ högre är bättre',
  lowerIsBetter: '↓ lägre är bättre',
  version: 'Version',
};
