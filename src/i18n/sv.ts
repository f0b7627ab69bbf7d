import type { Catalogue } from './en';

export const sv: Catalogue = {
  menu: {
    setUpDataSheet: 'Skapa datablad',
    importCsv: 'Importera CSV…',
    buildReport: 'Skapa månadsrapport',
    goals: 'SMART-mål',
    about: 'Hjälp / Om',
  },
  about: {
    title: 'Social KPIs: KPI-referens',
    intro:
      'Skriv funktionerna i valfri cell. Andelar är decimaltal: tryck på %-knappen för att visa 0,0425 som 4,25 %. Områden räknas rad för rad; för en periodsumma, använd summor, t.ex. =ENGAGEMENT_RATE(SUM(E2:H100); SUM(C2:C100)).',
    contents: 'Kategorier',
    familyTitles: {
      engagement: 'Engagemang',
      reach: 'Räckvidd',
      conversion: 'Konvertering',
      awareness: 'Varumärkeskännedom',
      customer_experience: 'Kundupplevelse',
      financial: 'Ekonomi',
      goals: 'Mål',
    },
    columns: { fn: 'Funktion', meaning: 'Vad den betyder', example: 'Exempel' },
    formula: 'Formel',
    countedTitle: 'Räknade KPI:er',
    countedIntro:
      'Det här är kolumner i databladet som rapporten summerar eller för vidare, inte funktioner:',
    higherIsBetter: '↑ högre är bättre',
    lowerIsBetter: '↓ lägre är bättre',
    version: 'Version',
  },
  functions: {
    where: (row: number, column: number | null) =>
      column === null ? ` rad ${row}` : ` rad ${row}, kolumn ${column}`,
    shape: (rows: number, columns: number) =>
      `${rows} ${rows === 1 ? 'rad' : 'rader'} × ${columns} ${columns === 1 ? 'kolumn' : 'kolumner'}`,
    number: (n: number) => String(n).replace('.', ','),
    alternatives: (options: readonly string[]) => options.map((o) => `"${o}"`).join(' eller '),
    values: {
      true: 'SANT',
      false: 'FALSKT',
      date: 'ett datum',
      invalidDate: 'ett ogiltigt datum',
      notFinite: 'inte ett ändligt tal',
      range: 'ett område',
      unsupported: 'ett värde som inte stöds',
    },
    quantities: {
      rate: 'andelen',
      cost: 'kostnaden',
      growthRate: 'tillväxttakten',
      share: 'andelen',
      score: 'poängen',
      return: 'avkastningen',
      value: 'värdet',
      progress: 'måluppfyllelsen',
    },
    notANumber: (fn: string, arg: string, where: string, value: string) =>
      `${fn}: ${arg}${where} är ${value}, inte ett tal`,
    notFinite: (fn: string, arg: string, where: string) => `${fn}: ${arg}${where} är inte ett ändligt tal`,
    negative: (fn: string, arg: string, where: string, value: string) =>
      `${fn}: ${arg}${where} är ${value}, men det får inte vara negativt`,
    outOfRange: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
      `${fn}: ${arg}${where} är ${value}, men det måste ligga mellan ${low} och ${high}`,
    notWhole: (fn: string, arg: string, where: string, value: string, low: string, high: string) =>
      `${fn}: ${arg}${where} är ${value}, men det måste vara ett heltal från ${low} till ${high}`,
    notADate: (fn: string, arg: string, where: string, value: string) =>
      `${fn}: ${arg}${where} är ${value}, inte ett datum (formatera cellerna som datum)`,
    missing: (fn: string, arg: string) => `${fn}: ${arg} saknas`,
    tooManyArguments: (fn: string, max: number, signature: string) =>
      `${fn}: tar högst ${max} argument: ${signature}`,
    notSingleCell: (fn: string, arg: string) => `${fn}: ${arg} måste vara ett enskilt värde, inte ett område`,
    notRectangular: (fn: string, arg: string) => `${fn}: ${arg} är inte ett rektangulärt område`,
    emptyRange: (fn: string, arg: string) => `${fn}: ${arg} är ett tomt område`,
    shapeMismatch: (fn: string, a: string, aShape: string, b: string, bShape: string) =>
      `${fn}: ${a} är ${aShape} men ${b} är ${bShape}; områdena måste vara lika stora, eller en enskild cell`,
    tooLarge: (fn: string, where: string) => `${fn}: resultatet${where} är för stort för att vara ett tal`,
    undefinedResult: (fn: string, denominator: string, where: string, quantity: string) =>
      `${fn}: ${denominator}${where} är 0, så ${quantity} går inte att beräkna`,
    badOption: (fn: string, arg: string, value: string, allowed: string) =>
      `${fn}: ${arg} är ${value}; använd ${allowed}`,
    replyBeforeMessage: (fn: string, where: string) =>
      `${fn}: replied_at${where} är före received_at: ett svar kan inte komma före sitt meddelande`,
    unknownFunction: (fn: string) => `${fn}: inte en funktion i Social KPIs`,
  },
};
