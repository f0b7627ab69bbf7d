import { ENGAGEMENT_TOTAL_EXAMPLE } from '../../kpi/examples';
import type { ColumnHelp, FormulaicKpiHelp } from '../kpi-help';
import { kpiNames } from './names';

/*
 * Vad varje KPI betyder och hur den räknas, på svenska; nycklarna är registrets id:n
 * (src/kpi/registry.ts). Funktionsnamn, tal och formler i Sheets-syntax står som i registret.
 */

const POOLED_NOTE = 'För en periodsumma, använd summor, inte ett medelvärde av andelar';

const HOW = {
  flow: 'summeras över månaden',
  stock: 'ett lagervärde: månadens sista värde, summeras aldrig',
  unique: 'unika personer: går inte att addera över dagar, inlägg eller kanaler',
} as const;

/**
 * A counted column, by its name in this language; the data sheet's header stays the canonical
 * English one, as in the sheet. The registry gives the header and how a month adds it up.
 */
export const columnHelp: ColumnHelp = (id, header, how) => {
  return {
    formula: `datakolumnen ”${header}”: ${HOW[how]}`,
    help: `${kpiNames[id]}: en kolumn i databladet, ${HOW[how]}.`,
  };
};

export const kpiHelp = {
  // ----- räknade kolumner -----
  engagements: {
    formula:
      'gilla-markeringar (eller reaktioner) + kommentarer + delningar + sparningar, av de kolumner som finns i datan',
    help: 'Interaktioner med dina inlägg. Profilbesök, omnämnanden och klick räknas på egna rader.',
  },

  // ----- Engagemang -----
  engagement_rate: {
    formula: 'interaktioner / bas',
    help:
      'Engagemangsgraden är interaktionerna delat med en bas du väljer: räckvidd, visningar eller följare. ' +
      'Ett decimaltal (0,0425 = 4,25 %). ' +
      POOLED_NOTE +
      `: ${ENGAGEMENT_TOTAL_EXAMPLE}.`,
  },
  average_engagement_rate: {
    formula: 'medelvärdet över inläggen av (inläggets interaktioner / följare)',
    help: 'Medelvärdet av varje inläggs interaktioner delat med antalet följare: ett enda värde. Den enda KPI:n som definieras som ett medelvärde av andelar per inlägg.',
  },
  applause_rate: {
    formula: 'gilla-markeringar eller reaktioner / följare',
    help: 'Gilla-markeringar eller reaktioner delat med antalet följare: hur stor del av publiken som gillar det du publicerar.',
  },
  amplification_rate: {
    formula: 'delningar / följare',
    help: 'Delningar i förhållande till antalet följare: hur långt publiken sprider dina inlägg vidare.',
  },
  virality_rate: {
    formula: 'delningar / visningar',
    help: 'Delningar i förhållande till antalet visningar.',
  },
  follower_quality: {
    formula: 'interaktioner / följare',
    help: 'Interaktioner delat med antalet följare: den andel av publiken som faktiskt agerar. Köpta eller falska följare drar ner den.',
  },

  // ----- Räckvidd -----
  audience_growth_rate: {
    formula: 'nya följare netto / totalt antal följare vid periodens slut',
    help: 'Följartillväxt: nya följare netto (kan vara negativt) delat med det totala antalet följare vid periodens slut.',
  },
  growth_rate: {
    formula: '(nuvarande − föregående) / |föregående|',
    help: 'Förändringen från föregående värde till nuvarande, för valfritt mått och valfri period. Går inte att beräkna när föregående värde är 0.',
  },
  post_reach_rate: {
    formula: 'räckvidd / följare',
    help: 'Räckvidd delat med antalet följare: hur stor del av din publik ett inlägg når. Räckvidd är unika personer: summera den inte över flera inlägg.',
  },
  potential_reach: {
    formula: 'summan av publiken hos konton som nämnt dig × andel',
    help: 'Följarna hos de konton som nämnt dig, summerade, gånger den andel som realistiskt ser omnämnandet (standard 0,02; 0,02–0,05 är realistiskt).',
  },
  share_of_voice: {
    formula: 'varumärkets omnämnanden / (varumärkets omnämnanden + alla konkurrenters omnämnanden)',
    help: 'Röstandel: dina omnämnanden som andel av alla omnämnanden på din marknad, dina egna inräknade.',
  },

  // ----- Konvertering -----
  ctr: {
    formula: 'klick / visningar',
    help: 'Klickfrekvens: antal klick delat med antal visningar.',
  },
  conversion_rate: {
    formula: 'konverteringar / klick (eller sessioner)',
    help: 'Konverteringsgrad: konverteringar delat med klick, eller med sessioner – det du anger som nämnare.',
  },
  bounce_rate: {
    formula: 'sessioner med en enda sida / sessioner',
    help: 'Sessioner där besökaren bara såg en sida, delat med alla sessioner. Lägre är bättre.',
  },
  cost_per_lead: {
    formula: 'kostnad / leads',
    help: 'Kostnaden delat med antalet leads, i kalkylarkets valuta. Lägre är bättre.',
  },

  // ----- Varumärkeskännedom -----
  sentiment_score: {
    formula: '(positiva − negativa) / (positiva + negativa + neutrala)',
    help: 'Från −1 (bara negativa omnämnanden) till +1 (bara positiva). Neutrala omnämnanden räknas in i nämnaren när de anges.',
  },

  // ----- Kundupplevelse -----
  response_time: {
    formula: 'medelvärde (eller median) av besvarat − mottaget, i timmar',
    help: 'Timmar från ett meddelande till svaret på det: medelvärdet (standard) eller medianen över de rader som har båda tidpunkterna. Lägre är bättre.',
  },
  response_rate: {
    formula: 'besvarade / mottagna',
    help: 'Besvarade meddelanden delat med mottagna meddelanden.',
  },
  csat: {
    formula: 'andel betyg i de två översta stegen (≥ scale_max − 1)',
    help: 'Andelen betyg i de två översta stegen (4 och 5 på en skala 1–5). Betygen måste vara heltal från 1 till scale_max.',
  },
  nps: {
    formula: '(% poäng 9–10) − (% poäng 0–6)',
    help: 'Promotorer (9–10) minus kritiker (0–6), i procentenheter: ett värde från −100 till +100. Poängen måste vara heltal 0–10.',
  },

  // ----- Ekonomi -----
  roi: {
    formula: '(intäkter − kostnad) / kostnad',
    help: 'Vinsten i förhållande till kostnaden, som decimaltal: 0,5 betyder att du fick tillbaka kostnaden och hälften till.',
  },
  roas: {
    formula: 'intäkter / annonskostnad',
    help: 'Intäkter per krona i annonskostnad: 3 betyder tre kronor tillbaka för varje krona du lagt på annonser.',
  },
  cpc: {
    formula: 'kostnad / klick',
    help: 'Kostnaden delat med antalet klick, i kalkylarkets valuta. Lägre är bättre.',
  },
  cpm: {
    formula: 'kostnad / visningar × 1000',
    help: 'Kostnaden per tusen visningar, i kalkylarkets valuta. Lägre är bättre.',
  },
  cpa: {
    formula: 'kostnad / konverteringar',
    help: 'Kostnaden delat med antalet konverteringar, i kalkylarkets valuta. Lägre är bättre.',
  },
  clv: {
    formula: 'genomsnittligt ordervärde × ordrar per år × antal år som kund × marginal',
    help: 'Vad en kund är värd under hela kundrelationen, i kalkylarkets valuta. Marginalen (0–1) är 1 om du inte anger den, alltså intäkter.',
  },

  // ----- Mål -----
  goal_progress: {
    formula: '(nuvarande − baslinje) / (mål − baslinje)',
    help: 'Hur långt du har kommit från baslinjen mot målet: 1 betyder uppnått, 1,2 betyder 20 % förbi. Fungerar även för mål om att sänka en KPI. Begränsas inte till 0–1.',
  },
} satisfies FormulaicKpiHelp;
