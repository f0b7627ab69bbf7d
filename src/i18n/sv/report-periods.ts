import type { PeriodWording, ReportPeriodTexts } from '../en/report-periods';

/*
 * Veckorapportens och kvartalsrapportens egna ord (se ../en/report-periods.ts). "Vecka" är ett
 * en-ord och "kvartal" ett ett-ord, så meningarna skrivs ur böjda former, inte ur ett substantiv.
 */

interface Forms {
  /** vecka / kvartal */
  noun: string;
  /** veckan / kvartalet */
  the: string;
  /** veckans / kvartalets */
  theirs: string;
  /** den här veckan / det här kvartalet */
  this: string;
  /** förra veckan / förra kvartalet */
  last: string;
  /** den här eller förra veckan / det här eller förra kvartalet */
  thisOrLast: string;
  /** veckor / kvartal */
  plural: string;
  /** veckorna / kvartalen */
  thePlural: string;
  /** Vilken vecka / Vilket kvartal */
  which: string;
  /** den / det */
  it: string;
  /** från veckans första dag till dess sista */
  span: string;
  trend: string;
}

const capital = (text: string) => text[0].toUpperCase() + text.slice(1);

function wording(f: Forms): PeriodWording {
  return {
    reportBeingBuilt: (tab: string, minutes: number) =>
      `En rapport för ${f.this} håller på att skapas på fliken ”${tab}”. Försök igen om ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}: en körning som avbröts halvvägs städas då bort.`,
    emptyMonth: (label: string, available: string) =>
      `Det finns inga rader för ${label} i datan. ${capital(f.plural)} med data: ${available}.`,
    dialogPrompt: `${f.which} ska rapporten gälla?`,
    dialogNoMonths: `Databladet har inga ${f.plural} med data än.`,
    dialogNotEnded: `${capital(f.the)} är inte slut än, så ${f.it} är inte komplett.`,
    monthTotalLabels: {
      applause_rate: `Gilla-markeringar per följare, ${f.noun}`,
      amplification_rate: `Delningar per följare, ${f.noun}`,
      follower_quality: `Interaktioner per följare, ${f.noun}`,
      post_reach_rate: `Räckvidd per följare, ${f.noun}`,
      virality_rate: `Delningar per visning, ${f.noun}`,
    },
    oneChannel: (channel: string) =>
      `Bara en kanal (${channel}) har data ${f.this}: Alla kanaler är samma som den.`,
    incompleteIntro: `${capital(f.plural)} som inte är kompletta för en kanal: deras förändringar färgas inte och är markerade med *.`,
    coverageRunning: ` (${f.the} är inte slut)`,
    coveragePosts: (posts: number) => `, ${posts} inlägg, inte ${f.span}`,
    allChannelsChange: (compared: string[], leftOut: string[]) =>
      compared.length > 0
        ? `Förändringen för Alla kanaler jämför bara ${compared.join(', ')}, kanalerna som är kompletta båda ${f.thePlural}; utelämnade: ${leftOut.join(', ')}.`
        : `Förändringen för Alla kanaler färgas inte: ingen kanal är komplett båda ${f.thePlural} (${leftOut.join(', ')}).`,
    baseMissing: (base: string, columns: string[]) =>
      `Alla kolumner i engagemangsgraden använder ${base}, som ${columns.join(', ')} saknar ${f.this}: där är engagemangsgraden tom.`,
    rowLeftOut: (kpi: string) =>
      `${kpi}: utelämnad, eftersom ingen kanal har siffrorna den behöver ${f.thisOrLast}.`,
    footnoteBaseOrder: `Alla kolumner på raden har samma bas: räckvidd om varje kanal har en exakt räckviddssiffra (${f.theirs} enda rad med räckvidd) och Alla kanaler har en (en ensam kanal), annars visningar, annars följare. Båda ${f.thePlural} har samma bas; saknar ${f.last} den lämnas dess andel och förändringen tomma.`,
    footnoteAverageEngagementRate: `Genomsnittlig engagemangsgrad = medelvärdet av varje inläggs interaktioner ÷ följare, över raderna med ett inläggs-ID (inläggets egna följare, annars kanalens följare i slutet av ${f.the}); Alla kanaler är medelvärdet över alla inlägg. Till skillnad från engagemangsgraden, som räknar ${f.theirs} interaktioner mot en bas, väger varje inlägg lika mycket.`,
    footnoteFollowers: `Följare är det sista värdet i varje ${f.noun}, aldrig en summa. Alla kanaler lägger ihop kanalernas följare, eftersom varje konto har en egen publik.`,
    footnoteNetNewDerived: `Nya följare (netto) = följare i slutet av ${f.the} − följare i slutet av ${f.the} innan.`,
    footnotePooled: `Andelar räknas på ${f.theirs} totaler, inte som ett medelvärde av dagliga andelar. Alla kanaler räknas fram ur kanalernas totaler.`,
    footnoteChange: `Förändring = (${f.this} − ${f.last}) ÷ |${f.last}|, tom när ${f.last} saknas eller är noll. Grönt är goda nyheter för den KPI:n (en sjunkande kostnad per klick är grön), rött är dåliga nyheter.`,
    footnoteByReach: (channels: string[]) =>
      `Engagemangsgrad efter räckvidd = interaktioner ÷ ${f.theirs} exakta räckvidd, för kanalerna som har en (${channels.join(', ')}). Räckvidd summeras inte över kanaler, så Alla kanaler har ingen.`,
    footnotePerPost: `En andel markerad ”per inlägg” är medelvärdet av varje inläggs andel över ${f.theirs} rader med ett inläggs-ID (inläggets egna följare, annars kanalens i slutet av ${f.the}); Alla kanaler är medelvärdet över alla inlägg.`,
    footnotePerFollowerMonth: `”Per följare, ${f.noun}” är ${f.theirs} total delad med följarna i slutet av ${f.the}: en total per följare, inte en andel per inlägg, så den kan vara över 1. Med en rad per inlägg (en kolumn Inläggs-ID) blir de andelar per inlägg i stället.`,
    footnoteIncompleteMark: `* Inte färgad: ${f.thisOrLast} är inte komplett för kanalen (se Datakvalitet), så förändringen kan bero på dagar som saknas.`,
    trendChartTitle: `Viktigaste KPI:erna, ${f.trend} (alla kanaler)`,
    monthColumn: capital(f.noun),
  };
}

export const reportPeriods: ReportPeriodTexts = {
  weekLabel: (week, year) => `vecka ${week} ${year}`,
  shortWeekLabel: (week, year) => `v. ${week} ${year}`,
  quarterLabel: (quarter, year) => `kvartal ${quarter} ${year}`,
  shortQuarterLabel: (quarter, year) => `kv. ${quarter} ${year}`,
  week: /* @__PURE__ */ wording({
    noun: 'vecka',
    the: 'veckan',
    theirs: 'veckans',
    this: 'den här veckan',
    last: 'förra veckan',
    thisOrLast: 'den här eller förra veckan',
    plural: 'veckor',
    thePlural: 'veckorna',
    which: 'Vilken vecka',
    it: 'den',
    span: 'från veckans första dag till dess sista',
    trend: 'senaste 12 veckorna',
  }),
  quarter: /* @__PURE__ */ wording({
    noun: 'kvartal',
    the: 'kvartalet',
    theirs: 'kvartalets',
    this: 'det här kvartalet',
    last: 'förra kvartalet',
    thisOrLast: 'det här eller förra kvartalet',
    plural: 'kvartal',
    thePlural: 'kvartalen',
    which: 'Vilket kvartal',
    it: 'det',
    span: 'från kvartalets första vecka till dess sista',
    trend: 'senaste 8 kvartalen',
  }),
  footnoteGoalsMonth: (month: string) =>
    `Mål sätts per månad: den här rapporten mäter dem i ${month}, månaden som innehåller periodens sista dag.`,
  dialogKindPrompt: 'Rapport för en',
  dialogKinds: { week: 'Vecka', month: 'Månad', quarter: 'Kvartal' },
};
