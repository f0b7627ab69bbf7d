import type { Catalogue } from '../en';

export const digest: Catalogue['digest'] = {
  subject: (period: string, spreadsheet: string) => `KPI-rapport ${period}: ${spreadsheet}`,
  periodLabel: (key: string, first: string, last: string) => `${key} (${first} – ${last})`,
  intro: (period: string, spreadsheet: string) => `KPI-rapporten för ${period} är klar i ”${spreadsheet}”.`,
  improvements: 'Största förbättringarna',
  declines: 'Största försämringarna',
  goalsOnTrack: 'Mål som följer planen',
  goalsOffTrack: 'Mål som ligger efter',
  dataQuality: 'Datakvalitet',
  noneToShow: 'Inga.',
  change: (kpi: string, channel: string, change: string) => `${kpi} (${channel}): ${change}`,
  openReport: 'Öppna rapporten',
  reportTab: (tab: string) => `Flik: ${tab}`,
  footer: 'Skickat av Social KPIs för Google Kalkylark. Förändringar jämför bara fullständiga perioder.',
  testNote: 'Test: den här sammanfattningen skickades bara till dig.',
  addressesField: 'Mottagare av sammanfattningen',
  noAddresses: (field: string) =>
    `${field}: lägg till minst en e-postadress, eller stäng av sammanfattningen.`,
  badAddresses: (field: string, bad: string[]) =>
    `${field}: ${bad.map((address) => `”${address}”`).join(', ')} ${bad.length === 1 ? 'är ingen e-postadress' : 'är inga e-postadresser'}. Skilj adresserna åt med kommatecken.`,
  tooManyAddresses: (field: string, count: number, limit: number) =>
    `${field}: ${count} adresser är fler än de ${limit} som ett e-postmeddelande kan skickas till.`,
};
