import type { IssueParams } from '../../goals/types';
import type { Catalogue } from '../en';
import { formatValue, num, str, unitOf } from '../en/goals';
import { familyNames, goalFieldNames, goalStatusNames } from './names';

/** Swedish writes decimal commas: 4,5 %. */
const value = (p: IssueParams, unit = unitOf(p)) => formatValue(num(p, 'value'), unit, ',');
const months = (n: number) => `${n} ${n === 1 ? 'månad' : 'månader'}`;

export const goals: Catalogue['goals'] = {
  fields: goalFieldNames,

  families: familyNames,

  directions: {
    up: 'Högre är bättre',
    down: 'Lägre är bättre',
  },

  baselineWindows: {
    last_month: 'Förra månaden',
    last_3_months: 'De senaste 3 månaderna',
    manual: 'Angiven manuellt',
  },

  statuses: goalStatusNames,

  achievabilityMessages: {
    realistic: (required: string, best: string, n: number) =>
      `Kräver ${required} per månad; datan har visat ${best} per månad under ${months(n)}.`,
    ambitious: (required: string, best: string, n: number) =>
      `Kräver ${required} per månad, mer än det bästa datan har visat under ${months(n)} (${best} per månad).`,
    stretch: (required: string, best: string, n: number) =>
      `Kräver ${required} per månad, mer än dubbelt så mycket som det bästa datan har visat under ${months(n)} (${best} per månad).`,
    outOfReach: (required: string, best: string, n: number) =>
      `Kräver ${required} per månad, mer än fyra gånger det bästa datan har visat under ${months(n)} (${best} per månad).`,
    outOfReachAbove100: (required: string) =>
      `Kräver ${required} per månad: mer än en fördubbling varje månad, vilket ingen historik gör realistiskt.`,
    stretchNoImprovement: (required: string, n: number) =>
      `Kräver ${required} per månad; datan har inte visat någon förbättring under någon period på ${months(n)}.`,
    notEnoughHistory: (n: number) =>
      `För lite historik: en jämförelse kräver ${months(n + 1)} med data före start.`,
    baselineNotPositive: 'Baslinjen är noll eller negativ, så ingen månatlig förändringstakt kan beräknas.',
    targetNotPositive: 'Målvärdet är noll eller negativt, så ingen månatlig förändringstakt kan beräknas.',
    alreadyThere: 'Målvärdet kräver ingen förbättring jämfört med baslinjen.',
    targetBelowBaseline:
      'Högre är bättre för den här KPI:n, men målvärdet ligger under baslinjen, så genomförbarheten kan inte bedömas.',
    targetAboveBaseline:
      'Lägre är bättre för den här KPI:n, men målvärdet ligger över baslinjen, så genomförbarheten kan inte bedömas.',
  },

  baselineMessages: {
    measured: (list: string[]) => `Beräknad på ${list.join(', ')}.`,
    partly: (list: string[], missing: string[]) =>
      `Beräknad på ${list.join(', ')}; ingen data för ${missing.join(', ')}.`,
    noData: (list: string[]) => `Datan har inget värde för ${list.join(', ')}.`,
    onlyUpperBound: (list: string[]) =>
      `För ${list.join(', ')} har datan räckvidd bara som en summa av flera rader, ett tak: räckvidd räknar varje person en gång och summeras inte över dagar eller inlägg. Lägg till en månadsrad med räckvidd (daterad som 2026-10) eller skriv in baslinjen själv.`,
    stock: (month: string) =>
      `Värdet i slutet av ${month}, den senaste månaden med data: följare räknas vid en tidpunkt, så ett bestånd varken summeras eller räknas som medelvärde över månader.`,
    notPooled: (list: string[]) =>
      `Andelarna för ${list.join(', ')} har olika baser och kan inte slås samman till en baslinje: välj Förra månaden eller skriv in baslinjen.`,
    noPostRows: (list: string[]) =>
      `Inga inläggsrader för ${list.join(', ')}: den här KPI:n är ett medelvärde över inlägg och kräver en rad per inlägg (med inläggs-ID), inte dagliga eller månatliga summor.`,
    manual: 'Angiven manuellt.',
  },

  issues: {
    required: (p) => `${str(p, 'label')} måste fyllas i.`,
    tooLong: (p) => `${str(p, 'label')} är för långt för en cell (högst ${num(p, 'max')} tecken).`,
    unknownKpi: (p) => `”${str(p, 'kpiId')}” är ingen KPI som tillägget känner till.`,
    kpiNotComputable: (p) =>
      `${str(p, 'kpiLabel')} kan inte beräknas från din data: kolumnen ${str(p, 'missing')} saknas.`,
    kpiNotFromData: (p) =>
      `${str(p, 'kpiLabel')} räknas inte fram ur fliken med KPI-data: ingen kolumn där ger den (den kommer från enkäter eller andra verktyg), så ett mål för den skulle inte kunna visa hur det går.`,
    needsPostRows: (p) =>
      `${str(p, 'kpiLabel')} kräver en rad per inlägg: det är medelvärdet av varje inläggs engagemang delat med antalet följare, och din KPI-data har dagliga eller månatliga summor (ingen kolumn för inläggs-ID). Importera en export av inlägg, eller välj Engagemangsgrad.`,
    notWholeNumber: (p) =>
      `${str(p, 'label')}: ${value(p)} är inget heltal, och ${str(p, 'kpiLabel')} räknas i hela tal. Skriv ${Math.floor(num(p, 'value'))} eller ${Math.ceil(num(p, 'value'))}.`,
    noKpiData: (p) =>
      `${str(p, 'kpiLabel')} kan inte beräknas än: kalkylarket har ingen KPI-data. Importera din data först.`,
    notANumber: (p) => `${str(p, 'label')}: ”${str(p, 'text')}” är inte ett tal.`,
    ambiguousNumber: (p) =>
      `${str(p, 'label')}: ”${str(p, 'text')}” kan betyda ${str(p, 'asDecimal')} eller ${str(p, 'asThousands')}; skriv talet utan tusentalsavgränsare.`,
    percentNotForUnit: (p) =>
      `${str(p, 'label')}: den här KPI:n är ingen andel, så ange ett värde utan %, eller en förändring som +10 %.`,
    changeFromZeroBaseline: () =>
      'En förändring i procent kräver en baslinje som inte är noll: ange målvärdet som ett värde.',
    invalidDate: (p) => `${str(p, 'label')}: ”${str(p, 'text')}” är inte ett datum.`,
    invalidMonth: (p) => `${str(p, 'label')}: ”${str(p, 'text')}” är inte en månad (ÅÅÅÅ-MM).`,
    invalidWindow: (p) => `”${str(p, 'text')}” är ingen giltig baslinjeperiod.`,
    deadlineNotAfterStart: (p) =>
      `Deadline (${str(p, 'deadline')}) måste ligga efter start (${str(p, 'start')}).`,
    rateAbove100: (p) =>
      `${str(p, 'label')}: ${value(p, 'fraction')} är över 100 %, vilket den här andelen inte kan vara.`,
    negativeNotAllowed: (p) =>
      `${str(p, 'label')}: ${value(p)} är negativt, vilket den här KPI:n inte kan vara.`,
    npsOutOfRange: (p) => `${str(p, 'label')}: ${value(p, null)} ligger utanför −100 till +100, NPS-skalan.`,
    sentimentOutOfRange: (p) =>
      `${str(p, 'label')}: ${value(p, null)} ligger utanför −1 till +1, skalan för sentimentpoäng.`,
    roiBelowMinus100: (p) =>
      `${str(p, 'label')}: ${value(p, 'fraction')} är under −100 %, vilket ROI inte kan vara.`,
    targetEqualsBaseline: () => 'Målvärdet är lika med baslinjen: det finns inget att nå.',
    wrongDirection: (p) => {
      const target = formatValue(num(p, 'target'), unitOf(p), ',');
      const baseline = formatValue(num(p, 'baseline'), unitOf(p), ',');
      return str(p, 'direction') === 'down'
        ? `Lägre är bättre för ${str(p, 'kpiLabel')}, men målvärdet (${target}) är högre än baslinjen (${baseline}). Spara ändå?`
        : `Högre är bättre för ${str(p, 'kpiLabel')}, men målvärdet (${target}) är lägre än baslinjen (${baseline}). Spara ändå?`;
    },
  },

  busy: 'Någon annan sparar mål just nu. Försök igen om en liten stund.',
  conflictChanged: (by: string, at: string) =>
    `${by || 'En kollega'} ändrade det här målet (${at}) medan du redigerade det. Vill du behålla din version eller deras?`,
  conflictDeleted:
    'En kollega tog bort det här målet medan du redigerade det. Vill du spara ditt som ett nytt mål eller slänga det?',
  deletedAlready: 'Det här målet är redan borttaget.',

  rowProblems: {
    missingId: 'Raden har måldata men inget ID.',
    duplicateId: (row: number) => `ID:t används också på rad ${row}; den här raden hoppas över.`,
    badVersion: (text: string) => `Versionen ”${text}” är inte ett heltal från 1 och uppåt.`,
    badNumber: (header: string, text: string) => `${header}: ”${text}” är inte ett tal.`,
    badDate: (header: string, text: string) => `${header}: ”${text}” är inte ett datum (ÅÅÅÅ-MM-DD).`,
    badWindow: (text: string) =>
      `Baslinjeperiod: ”${text}” är inte något av last_month, last_3_months, manual.`,
    badMonths: (text: string) => `Baslinjemånader: ”${text}” är ingen lista med månader (ÅÅÅÅ-MM).`,
  },
};
