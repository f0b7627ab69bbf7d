import type { Catalogue } from '../en';
import { goalFieldNames, kpiNames } from './names';

export const sidebar: Catalogue['sidebar'] = {
  pageTitle: 'SMART-mål',
  loading: 'Hämtar mål…',
  working: 'Arbetar…',
  loadFailed: (message: string) => `Målen kunde inte hämtas: ${message}`,
  callFailed: (message: string) => `Det gick inte: ${message}. Inget av det du skrev har försvunnit.`,
  retry: 'Försök igen',

  list: {
    heading: 'Mål',
    empty: 'Inga mål än. Ett mål anger en KPI, var den ligger nu, var den ska ligga och när.',
    newGoal: 'Nytt mål',
    edit: 'Redigera',
    editGoal: (what: string) => `Redigera mål: ${what}`,
    delete: 'Ta bort',
    deleteGoal: (what: string) => `Ta bort mål: ${what}`,
    confirmDelete: (what: string) => `Vill du ta bort målet ”${what}”? Det går inte att ångra.`,
    confirmDeleteYes: 'Ta bort mål',
    confirmDeleteNo: 'Behåll det',
    deleted: 'Målet är borttaget.',
    saved: 'Målet är sparat.',
    savedMerged: (by, fields) =>
      `Målet är sparat. Ändringarna som ${by || 'en kollega'} gjorde under tiden i ${fields} finns också kvar.`,
    allChannels: 'Alla kanaler',
    kpiOnChannel: (kpi: string, channel: string) => `${kpi} · ${channel}`,
    dates: (start: string, deadline: string) => `${start} → ${deadline}`,
    owner: (owner: string) => `Ansvarig: ${owner}`,
    problemsHeading: 'Rader i fliken Goals som inte kunde läsas',
    problemRow: (row: number, id: string) => (id ? `Rad ${row} (${id})` : `Rad ${row}`),
  },

  progress: {
    heading: 'Utveckling',
    barLabel: (what: string) => `Utveckling för ${what}`,
    current: 'Nuvarande värde',
    currentIn: (value: string, month: string) => `${value} (${month})`,
    noCurrent: 'Ingen data sedan start än',
    progress: 'Måluppfyllelse (GOAL_PROGRESS)',
    expected: 'Förväntat i dag',
    onTrack: 'I fas',
    yes: 'Ja',
    no: 'Nej',
    unknown: '–',
    forecast: 'Prognos vid deadline',
    forecastValue: (value: string, progress: string) => `${value} (${progress} av målet)`,
    summary: (progress: string, expected: string) => `${progress} klart · ${expected} förväntat i dag`,
  },

  form: {
    newHeading: 'Nytt mål',
    editHeading: 'Redigera mål',
    fields: goalFieldNames,
    baselineWindowField: 'Mätperiod',
    smart: {
      what: 'Specifikt: vad du vill uppnå, med dina egna ord.',
      target: 'Mätbart: ett värde, eller en förändring från baslinjen som +35 % eller −10 %.',
      why: 'Relevant: varför målet är viktigt för verksamheten.',
    },
    whatPlaceholder: 'Höj engagemangsgraden per inlägg',
    chooseKpi: 'Välj en KPI…',
    allChannels: 'Alla kanaler',
    unit: (unit: string, direction: string) => `Enhet: ${unit} · ${direction}`,
    baselineMeasuring: 'Mäter…',
    baselineEditedHint: 'Angiven manuellt.',
    targetPlaceholder: '+35 %',
    resolvedTarget: (value: string) => `Målvärde: ${value}`,
    resolvedTargetRounded: (value: string, exact: string, direction) =>
      `Målvärde: ${value} (förändringen ger ${exact}, avrundat ${direction === 'up' ? 'uppåt' : 'nedåt'} till ett heltal)`,
    wholeTarget:
      'Räknas i hela tal: en förändring som +35 % avrundas uppåt till ett heltal (nedåt där lägre är bättre), så att målet aldrig blir mindre än du bad om. Ett värde du skriver måste vara ett heltal.',
    needsPostRows:
      'Kräver en rad per inlägg (en kolumn för inläggs-ID): dagliga eller månatliga summor kan inte ge den.',
    confirmWrongDirection: 'Ja, det här målvärdet är rätt',
    achievableHeading: 'Går det att nå?',
    achievableNumbers: (required: string, best: string, months: number) =>
      `Krävs: ${required} per månad · bästa hittills: ${best} per månad (under ${months} ${months === 1 ? 'månad' : 'månader'})`,
    achievableBestWindow: (from: string, to: string) => `Bästa perioden var ${from} till ${to}.`,
    save: 'Spara mål',
    cancel: 'Avbryt',
    keyboardHint: 'Enter sparar, Esc avbryter.',
    checking: 'Kontrollerar…',
    fixErrors: 'Rätta de markerade fälten innan du sparar.',
    confirmNeeded: 'Bekräfta målvärdet innan du sparar.',
  },

  conflict: {
    heading: 'Ändrat av en kollega',
    field: 'Fält',
    theirs: 'Deras',
    yours: 'Ditt',
    deletedTheirs: 'Borttaget',
    keepMine: 'Behåll mitt',
    takeTheirs: 'Ta deras',
    saveAsNew: 'Spara mitt som ett nytt mål',
    dropMine: 'Släng mitt',
    onlyBoth: 'Ni har båda ändrat de här fälten. Dina övriga ändringar och deras behålls vad du än väljer.',
  },

  units: {
    count: 'antal',
    fraction: 'procent',
    ratio: 'kvot',
    money: 'belopp',
    people: 'personer',
    hours: 'timmar',
    nps: 'NPS (−100 till +100)',
    sentiment: 'poäng (−1 till +1)',
  },

  directions: {
    up: 'högre är bättre',
    down: 'lägre är bättre',
  },

  achievability: {
    realistic: 'Realistiskt',
    ambitious: 'Ambitiöst',
    stretch: 'Mycket utmanande',
    out_of_reach: 'Utom räckhåll',
    not_enough_history: 'För lite historik',
    not_applicable: 'Kan inte bedömas',
  },

  kpiNames: kpiNames,
};
