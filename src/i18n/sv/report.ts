import type { Catalogue } from '../en';
import { familyNames, goalStatusNames, kpiNames } from './names';
import { reportPeriods } from './report-periods';

export const report: Catalogue['report'] = {
  // ----- data sheet (menu captions live in menu.ts) -----
  dataSheetName: 'KPI-data',
  dataSheetExists: (name: string) =>
    `Fliken ”${name}” innehåller redan data och har lämnats som den är. Ditt datablad är klart att använda.`,
  dataSheetCreated: (name: string) =>
    `Fliken ”${name}” har skapats. Lägg till en rad per kanal och dag, per inlägg eller per månad.`,
  dataSheetReused: (name: string) => `Fliken ”${name}” var tom: rubrikraden har lagts till.`,
  currencyPromptTitle: 'Valuta',
  currencyPrompt: (current: string) =>
    `Vilken valuta är beloppen i din data i? Rapporten visar beloppen i den och räknar aldrig om dem. Skriv en kod som SEK, VND, EUR eller USD, eller lämna tomt för ${current}.`,
  currencyNotACode: (typed: string, current: string) =>
    `”${typed}” är inte en valutakod som SEK, VND, EUR eller USD. Valutan förblir ${current}; kör Skapa datablad igen för att ändra den.`,
  offerSampleRows: 'Vill du lägga till exempelrader (15 månader, fyra kanaler) och prova rapporten?',
  sampleRowsInserted: (count: number, name: string) => `${count} exempelrader har lagts till i ”${name}”.`,
  dateValidationHelp: 'Ange ett datum, till exempel 2026-10-31.',
  numberValidationHelp: 'Ange ett tal som är 0 eller större.',

  // ----- report building messages -----
  reportTabName: (month: string) => `KPI-rapport ${month}`,
  reportTabNameNumbered: (month: string, n: number) => `KPI-rapport ${month} (${n})`,
  reportTabBuilding: (tab: string) => `${tab} (skapas…)`,
  reportBeingBuilt: (tab: string, minutes: number) =>
    `En rapport för den här månaden håller på att skapas på fliken ”${tab}”. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}: en körning som avbröts halvvägs städas då bort.`,
  buildingToast: (month: string) => (month ? `Skapar KPI-rapporten för ${month}…` : 'Skapar KPI-rapporten…'),
  builtToast: (tab: string) => `Rapporten är klar på fliken ”${tab}”.`,
  toastTitle: 'Social KPIs',
  noDataSheet: (name: string) =>
    `Det finns ingen flik som heter ”${name}”. Välj Tillägg › Social KPIs › Skapa datablad och lägg sedan in dina siffror.`,
  missingColumns: (name: string, columns: string[]) =>
    `Fliken ”${name}” saknar ${columns.map((column) => `kolumnen ${column}`).join(' och ')} i första raden. Rubriker på svenska, engelska och vietnamesiska känns igen (Datum/Date/Ngày, Kanal/Channel/Kênh).`,
  emptyDataSheet: (name: string) => `Fliken ”${name}” har inga datarader än.`,
  noUsableRows: (name: string, skipped: number) =>
    `Ingen av de ${skipped} raderna i ”${name}” gick att läsa: alla har ett ogiltigt datum, saknar kanal eller har ett värde som inte är ett tal.`,
  emptyMonth: (month: string, available: string) =>
    `Det finns inga rader för ${month} i datan. Månader med data: ${available}.`,
  badMonth: (text: string) => `”${text}” är ingen månad: skriv den som ÅÅÅÅ-MM, till exempel 2026-10.`,
  monthNotText: (given: string) =>
    `Skapa rapport: månaden ska vara text av formen ÅÅÅÅ-MM, till exempel "2026-10", inte ${given}.`,
  dateColumnName: 'Datum',
  channelColumnName: 'Kanal',

  // ----- month dialog -----
  dialogTitle: 'Skapa rapport',
  dialogPrompt: 'Vilken månad ska rapporten gälla?',
  dialogBuild: 'Skapa rapport',
  dialogCancel: 'Avbryt',
  dialogBuilding: 'Skapar…',
  dialogNoMonths: 'Databladet har inga månader med data än.',
  dialogComplete: (month: string) => `${month} (komplett)`,
  dialogIncomplete: (month: string) => `${month} (ofullständig)`,
  dialogNotEnded: 'Månaden är inte slut än, så den är inte komplett.',
  dialogCoverage: (parts: string[]) => `Data saknas för vissa dagar: ${parts.join('; ')}.`,
  dialogCoveragePart: (channel: string, days: number, daysInMonth: number) =>
    `${channel} ${days} av ${daysInMonth} dagar`,

  // ----- report content -----
  monthNames: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  monthLabel: (name: string, year: number) => `${name} ${year}`,
  shortMonthLabel: (name: string, year: number) => `${name.slice(0, 3)} ${year}`,
  title: 'KPI-rapport för sociala medier',
  period: (month: string, previous: string) => `Period: ${month}, jämfört med ${previous}`,
  source: (sheet: string, used: number, read: number) =>
    `Data: fliken ”${sheet}”, ${used} av ${read} rader används`,
  builtAt: 'Skapad:',
  dateTimeFormat: 'yyyy-mm-dd hh:mm',
  kpiHeader: 'KPI',
  allChannels: 'Alla kanaler',
  change: 'Förändring',
  families: familyNames,
  kpis: kpiNames,
  baseNames: { reach: 'räckvidd', impressions: 'visningar', followers: 'följare' },
  engagementRateByReach: 'Engagemangsgrad efter räckvidd',
  // “Räckvidd per inlägg” (post reach rate) already says it.
  perPost: (kpi: string) => (kpi.endsWith('per inlägg') ? kpi : `${kpi}, per inlägg`),
  monthTotalLabels: {
    applause_rate: 'Gilla-markeringar per följare, månad',
    amplification_rate: 'Delningar per följare, månad',
    follower_quality: 'Interaktioner per följare, månad',
    post_reach_rate: 'Räckvidd per följare, månad',
    virality_rate: 'Delningar per visning, månad',
  } as Record<string, string>,

  goalStatuses: goalStatusNames,
  dateFormat: 'yyyy-mm-dd',
  goalsHeading: 'Mål',
  goalsPlaceholder: 'Inga mål än. Här visas SMART-mål och hur det går med dem.',
  goalsNoneRunning: (month: string, count: number) =>
    `Inget mål löper under ${month}: ${count === 1 ? 'det enda målet börjar senare eller slutade tidigare' : `alla ${count} mål börjar senare eller slutade tidigare`}.`,
  goalColumns: [
    'Mål',
    'KPI',
    'Kanal',
    'Utgångsläge',
    'Målvärde',
    'Nuläge',
    'Måluppfyllelse',
    'Slutdatum',
    'Status',
    'Ansvarig',
  ],

  dataQualityHeading: 'Datakvalitet',
  dataQualityNone: 'Alla rader lästes: inga rader hoppades över.',
  rowSkipped: (row: number, reasons: string) => `Rad ${row} hoppades över: ${reasons}.`,
  badDate: (value: string, example: string | undefined) =>
    value === ''
      ? 'datum saknas'
      : `”${value}” är inget datum (skriv ÅÅÅÅ-MM-DD${example ? ` eller ${example}` : ''})`,
  noChannel: 'kanal saknas',
  notANumber: (header: string, value: string) => `${header} är ”${value}”, inte ett tal`,
  negative: (header: string, value: string) => `${header} är ${value}, men ett antal kan inte vara negativt`,
  duplicate: (firstRow: number) => `den är en exakt kopia av rad ${firstRow}`,
  monthRowInWeek: (value: string) =>
    `den är daterad med bara månaden ”${value}”, som ingen vecka rymmer: ange dagarna, eller läs den i en månads- eller kvartalsrapport`,
  badCurrency: (header: string, value: string) =>
    `${header} är ”${value}”, inte en valutakod som SEK, VND, EUR eller USD`,
  mixedCurrencies: (channel: string, month: string, currencies: string[]) =>
    `${channel}: raderna för ${month} är i ${currencies.join(' och ')}, som inte läggs ihop: kanalens belopp är tomma.`,
  channelCurrenciesDiffer: (month: string, parts: string[]) =>
    `I ${month} är kanalernas belopp i olika valutor (${parts.join('; ')}), som inte läggs ihop: Alla kanalers belopp är tomma.`,
  currencyPart: (currency: string, channels: string[]) => `${currency}: ${channels.join(', ')}`,
  footnoteCurrency: (currency: string) =>
    `Belopp är i ${currency}, kalkylarkets valuta, eller i den valuta som radens kolumn Valuta anger; belopp räknas aldrig om.`,
  moreRowsSkipped: (count: number) => `…och ytterligare ${count} rader hoppades över.`,
  oneChannel: (channel: string) =>
    `Bara en kanal (${channel}) har data den här månaden: Alla kanaler är samma som den.`,
  noPreviousMonth: (month: string) =>
    `Det finns inga rader för ${month} i datan, så kolumnen Förändring är tom.`,
  ignoredHeaders: (headers: string[]) =>
    `Kolumner som inte känns igen och därför inte är med: ${headers.join(', ')}.`,
  repeatedHeaders: (headers: string[]) =>
    `Kolumner som upprepar en tidigare kolumn och därför inte är med: ${headers.join(', ')}.`,
  overflow: (kpi: string, column: string, month: string) =>
    `${kpi} för ${column} i ${month} summeras till mer än ett tal rymmer: den cellen, och varje andel som bygger på den, lämnas tom. Kontrollera datan efter ett felskrivet värde.`,
  baseUnusable: (base: string, columns: string[]) =>
    `Basen för engagemangsgraden är låst till ${base}, som inte går att använda för ${columns.join(', ')}: där är engagemangsgraden tom.`,
  incompleteIntro:
    'Månader som inte är kompletta för en kanal: deras förändringar färgas inte och är markerade med *.',
  coverage: (channel: string, days: number, daysInMonth: number, month: string, extra: string) =>
    `${channel}: ${days} av ${daysInMonth} dagar i ${month}${extra}.`,
  coverageRunning: ' (månaden är inte slut)',
  coveragePosts: (posts: number) => `, ${posts} inlägg, inte från månadens första vecka till dess sista`,
  allChannelsChange: (compared: string[], leftOut: string[]) =>
    compared.length > 0
      ? `Förändringen för Alla kanaler jämför bara ${compared.join(', ')}, kanalerna som är kompletta båda månaderna; utelämnade: ${leftOut.join(', ')}.`
      : `Förändringen för Alla kanaler färgas inte: ingen kanal är komplett båda månaderna (${leftOut.join(', ')}).`,
  baseMissing: (base: string, columns: string[]) =>
    `Alla kolumner i engagemangsgraden använder ${base}, som ${columns.join(', ')} saknar den här månaden: där är engagemangsgraden tom.`,
  rowLeftOut: (kpi: string) =>
    `${kpi}: utelämnad, eftersom ingen kanal har siffrorna den behöver den här eller förra månaden.`,
  rowLeftOutReach: (kpi: string) =>
    `${kpi}: utelämnad, eftersom ingen kanal har en exakt räckvidd (en månadsrad daterad som 2026-10) eller rader per inlägg.`,

  footnotesHeading: 'Definitioner',
  footnoteAverageEngagementRate:
    'Genomsnittlig engagemangsgrad = medelvärdet av varje inläggs interaktioner ÷ följare, över raderna med ett inläggs-ID (inläggets egna följare, annars kanalens följare i slutet av månaden); Alla kanaler är medelvärdet över alla inlägg. Till skillnad från engagemangsgraden, som räknar månadens interaktioner mot en bas, väger varje inlägg lika mycket.',
  footnoteEngagements:
    'Interaktioner = gilla-markeringar (eller reaktioner) + kommentarer + delningar + sparningar, av de kolumner som finns i datan.',
  footnoteBase: (parts: string) => `Engagemangsgrad = interaktioner ÷ ${parts}.`,
  footnoteBasePart: (base: string, columns: string[]) => `${base} (${columns.join(', ')})`,
  footnoteBaseJoin: '; ',
  footnoteBaseOrder:
    'Alla kolumner på raden har samma bas: räckvidd om varje kanal har en exakt räckviddssiffra (en månadsrad daterad som 2026-10, eller månadens enda rad med räckvidd) och Alla kanaler har en (en ensam kanal), annars visningar, annars följare. Båda månaderna har samma bas; saknar förra månaden den lämnas dess andel och förändringen tomma.',
  footnoteBaseFixed: (base: string) => `Basen är låst till ${base} i dokumentets inställningar.`,
  footnoteReach:
    'Räckvidd räknar unika personer och summeras därför aldrig över dagar, inlägg eller kanaler. En siffra markerad med ≤ är summan av flera räckviddsrader: ett tak, inte en bas för andelar.',
  footnoteFollowers:
    'Följare är det sista värdet i varje månad, aldrig en summa. Alla kanaler lägger ihop kanalernas följare, eftersom varje konto har en egen publik.',
  footnoteNetNewDerived:
    'Nya följare (netto) = följare i slutet av månaden − följare i slutet av månaden innan.',
  footnotePooled:
    'Andelar räknas på månadens totaler, inte som ett medelvärde av dagliga andelar. Alla kanaler räknas fram ur kanalernas totaler.',
  footnoteChange:
    'Förändring = (den här månaden − förra månaden) ÷ |förra månaden|, tom när förra månaden saknas eller är noll. Grönt är goda nyheter för den KPI:n (en sjunkande kostnad per klick är grön), rött är dåliga nyheter.',
  footnoteByReach: (channels: string[]) =>
    `Engagemangsgrad efter räckvidd = interaktioner ÷ månadens exakta räckvidd, för kanalerna som har en (${channels.join(', ')}). Räckvidd summeras inte över kanaler, så Alla kanaler har ingen.`,
  footnotePooledChannels: (kpi: string, channels: string[]) =>
    `${kpi} för Alla kanaler räknas bara på ${channels.join(', ')}: kanalerna som har båda dess siffror.`,
  footnotePerPost:
    'En andel markerad ”per inlägg” är medelvärdet av varje inläggs andel över månadens rader med ett inläggs-ID (inläggets egna följare, annars kanalens i slutet av månaden); Alla kanaler är medelvärdet över alla inlägg.',
  footnotePerFollowerMonth:
    '”Per följare, månad” är månadens total delad med följarna i slutet av månaden: en månadstotal per följare, inte en andel per inlägg, så den kan vara över 1. Med en rad per inlägg (en kolumn Inläggs-ID) blir de andelar per inlägg i stället.',
  footnoteIncompleteMark:
    '* Inte färgad: den här eller förra månaden är inte komplett för kanalen (se Datakvalitet), så förändringen kan bero på dagar som saknas.',

  chartDataHeading: 'Diagramdata',
  trendChartTitle: 'Viktigaste KPI:erna, senaste 12 månaderna (alla kanaler)',
  comparisonChartTitle: (month: string) => `Kanalerna jämförda, ${month}`,
  monthColumn: 'Månad',
  channelColumn: 'Kanal',
  periodTexts: reportPeriods,
};
