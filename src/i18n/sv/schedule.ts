import type { Catalogue } from '../en';

export const schedule: Catalogue['schedule'] = {
  title: 'Schemalägg rapport',
  intro:
    'Skapa rapporten för perioden som just tagit slut av sig själv, och skicka om du vill en kort sammanfattning via e-post.',
  frequencyLabel: 'Skapa',
  frequencies: {
    week: 'Varje vecka, måndag morgon (förra veckan)',
    month: 'Varje månad, den 1:a (förra månaden)',
    quarter: 'Varje kvartal, 1 januari, april, juli och oktober (förra kvartalet)',
  },
  hourLabel: 'Ungefär kl.',
  hourOption: (hour, timeZone) => `${hour} (${timeZone})`,
  digestLabel: 'Skicka sammanfattning till',
  digestHint: 'Adresser åtskilda med kommatecken. Lämna tomt för att inte skicka något.',
  turnOn: 'Slå på',
  save: 'Spara ändringar',
  turnOff: 'Stäng av',
  sendTest: 'Skicka en testsammanfattning till mig',
  close: 'Stäng',
  working: 'Arbetar…',
  off: 'Inget schema är på i det här kalkylarket.',
  onBy: (who, since) => `På, inställt av ${who} den ${since}.`,
  someone: 'en medarbetare',
  next: (when, period) => `Nästa rapport: ${period}, ${when}.`,
  recipients: (count) =>
    count === 0
      ? 'Ingen sammanfattning skickas.'
      : `Sammanfattningen går till ${count} ${count === 1 ? 'adress' : 'adresser'}.`,
  notYours: (who) =>
    `${who} ställde in schemat; det körs som hen. Slår du på det för dig själv ersätts hens (det körs då som du), och stänger du av det stoppas det för alla.`,
  triggerGone:
    'Din utlösare för schemat finns inte längre: den togs bort utanför den här dialogrutan (på Apps Scripts sida för utlösare, eller med tillägget), så ingen rapport skapas. Slå på schemat igen, eller stäng av det.',
  lastBuilt: (when, tab) => `Senaste körning ${when}: skapade ”${tab}”.`,
  lastSkipped: (when, tab) => `Senaste körning ${when}: ”${tab}” var redan aktuell med datan.`,
  lastFailed: (when, message) => `Senaste körning ${when} misslyckades: ${message}`,
  digestSent: (count) => `Sammanfattningen skickades till ${count} ${count === 1 ? 'adress' : 'adresser'}.`,
  digestFailed: (message) => `Sammanfattningen skickades inte: ${message}`,
  saved: 'Schemat är på.',
  turnedOff: 'Schemat är av.',
  testSent: (address) => `En testsammanfattning skickades till endast ${address}.`,
  noAddress: 'Apps Script ger inte tillägget din e-postadress, så inget test kan skickas.',
  quotaLeft: (left, needed) =>
    `Google låter det här kontot e-posta ${left} mottagare till i dag; sammanfattningen behöver ${needed}.`,
  badFrequency: (field) => `${field}: välj varje vecka, månad eller kvartal.`,
  badHour: (field) => `${field}: välj en timme från 00:00 till 23:00.`,
  busy: 'En medarbetare ändrar schemat just nu. Försök igen om en stund.',
  buildBusy: 'en annan körning av rapporten pågick.',
  qualityLine: (period, when, message) =>
    `Den schemalagda körningen av ${period} den ${when} misslyckades: ${message}`,
};
