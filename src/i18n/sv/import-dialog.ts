import type { Catalogue } from '../en';
import { languageName } from '../language-names';

export const importDialog: Catalogue['importDialog'] = {
  // --- the dialog -------------------------------------------------------------------------
  fileLabel: 'CSV-fil exporterad från Meta, LinkedIn, TikTok eller X, eller med det här bladets rubriker',
  channelLabel: 'Kanal',
  channelHint: 'Skrivs i kolumnen Kanal på varje rad som saknar kanal i filen.',
  currencyLabel: 'Valuta för beloppen i filen',
  currencyHint: (current: string) =>
    `Kalkylarkets valuta är ${current}. En fil i en annan valuta får den i kolumnen Currency på sina rader; belopp räknas aldrig om.`,
  currencyHintFirst: 'Den första importen bestämmer kalkylarkets valuta; belopp räknas aldrig om.',
  currencyFromHeader: (header: string) => `Föreslagen utifrån kolumnen ”${header}”.`,
  dateOrderLabel: 'Datum som 05/10/2026 betyder',
  dateOrderChoose: 'Välj…',
  dateOrderDmy: 'dag/månad/år (5 oktober 2026)',
  dateOrderMdy: 'månad/dag/år (10 maj 2026)',
  dateOrderHinted: (row: number, sample: string, reason: string) =>
    `Datum som ”${sample}” (rad ${row}) läses som dag/månad/år eftersom ${reason}. Ändra här om det är fel.`,
  dateHintNamed: (language: string, row: number, sample: string) =>
    `rad ${row} i samma kolumn skriver datum som man gör på ${languageName(language, 'sv')} (”${sample}”)`,
  dateHintHeader: (header: string) => `datumkolumnen heter ”${header}”, på ett språk som skriver dagen först`,
  dateHintSemicolons: 'filen är avgränsad med semikolon, som Excel gör där dagen skrivs först',
  dateHintDecimalComma: 'filens tal har decimalkomma, som där dagen skrivs först',
  mappingHeading: 'Kolumner',
  mappingSource: 'Kolumn i filen',
  mappingSample: 'Första värdet',
  mappingTarget: 'Importera som',
  mappingNote: 'Kommentar',
  mappingSelectLabel: (source: string) => `Importera ”${source}” som`,
  dontImport: 'Importera inte',
  previewHeading: 'Förhandsgranskning',
  previewCaption: (shown: number, total: number) => `De första ${shown} av ${total} rader som importeras`,
  importButton: 'Importera',
  cancelButton: 'Avbryt',
  closeButton: 'Stäng',
  reading: 'Läser filen…',
  parsing: (percent: number) => `Läser filen… ${percent} %`,
  sending: (sent: number, total: number) => `Importerar… ${sent} av ${total} rader`,
  progressLabel: 'Förlopp',

  // --- what was recognised ----------------------------------------------------------------
  platformDetected: (platform: string) => `Känns igen som: ${platform}`,
  platformUnknown: 'Känns inte igen som en export från någon plattform: kontrollera kolumnerna nedan.',
  fileSummary: (rows: number, delimiter: string, encoding: string) =>
    `${rows} rader, avgränsade med ${delimiter}, ${encoding}`,
  delimiterNames: { ',': 'kommatecken', ';': 'semikolon', '\t': 'tabbar', '|': 'lodstreck' },
  decimalComma: 'decimalkomma',
  decimalPoint: 'decimalpunkt',
  platformNames: {
    facebook: 'Meta Business Suite (Facebook)',
    instagram: 'Meta Business Suite (Instagram)',
    linkedin: 'LinkedIn-sidstatistik',
    tiktok: 'TikTok-statistik',
    x: 'X-statistik',
    kpi_data: 'en fil med det här bladets rubriker',
  },

  // --- why a column is left out -----------------------------------------------------------
  noteRate: 'En andel: tillägget räknar fram andelar från antalen, så den importeras inte.',
  noteSum: 'En summa av andra kolumner (engagemang räknas fram), så den importeras inte.',
  noteSplit: 'En del av kolumnen ”(totalt)”, som importeras i stället.',
  noteDuplicate: (other: string) => `”${other}” importeras redan som den här kolumnen.`,
  noteUnknown: 'Ingen kolumn i databladet.',

  // --- refusals: the file or a column cannot be read safely --------------------------------
  emptyFile: 'Filen är tom.',
  noRows: 'Filen har en rubrikrad men inga rader.',
  notCsv:
    'Det här ser inte ut som en CSV-fil: inga kolumner avgränsade med kommatecken, semikolon eller tabbar.',
  binaryFile:
    'Det här ser ut som ett kalkylark eller en annan binär fil. Exportera den som CSV och välj CSV-filen.',
  needDate: 'Välj vilken kolumn som innehåller datumet.',
  needChannel: 'Ange en kanal, eller välj en kolumn som innehåller den.',
  needDateOrder: (column: string, row: number, sample: string) =>
    `”${column}”, rad ${row}: ”${sample}” kan vara dag/månad eller månad/dag, och ingen annan rad eller ` +
    'något annat i filen avgör saken. Välj om datumen är dag/månad/år eller månad/dag/år.',
  dateOrderConflict: (
    column: string,
    dayFirst: string,
    dayRow: number,
    monthFirst: string,
    monthRow: number,
  ) =>
    `”${column}” blandar datum med dag/månad (rad ${dayRow}: ”${dayFirst}”) och månad/dag (rad ${monthRow}: ` +
    `”${monthFirst}”); rätta filen och importera den igen.`,
  ambiguousNumber: (column: string, sample: string) =>
    `”${column}”: ”${sample}” kan vara en tusentalsavgränsare eller ett decimaltecken, och inget annat i ` +
    'filen avgör vilket. Välj ”Importera inte” för kolumnen, eller exportera filen med decimaler.',
  mixedDecimalMarks: (column: string, pointSample: string, commaSample: string) =>
    `”${column}” blandar decimalpunkt (”${pointSample}”) och decimalkomma (”${commaSample}”), så ` +
    'talen kan inte läsas säkert. Välj ”Importera inte” för kolumnen, eller rätta filen.',
  fixColumnsFirst: 'Rätta de markerade kolumnerna ovan innan du importerar.',
  decodedAs1252:
    'Filen är inte UTF-8, så den lästes som Windows västeuropeisk (Excels ”CSV” i Windows). Kontrollera att bokstäver som å, ä, ö ser rätt ut.',

  // --- why a row is skipped ---------------------------------------------------------------
  rowNoDate: 'inget datum',
  rowBadDate: (text: string) => `datumet ”${text}” är inget datum`,
  rowNotNumber: (column: string, text: string) => `${column} är ”${text}”, inte ett tal`,
  rowNotWhole: (column: string, text: string) => `${column} är ”${text}”, inte ett heltal`,
  rowNegative: (column: string, text: string) => `${column} är ”${text}”, under noll`,
  rowNoChannel: 'ingen kanal',
  rowDuplicateInFile: (firstRow: number) => `samma datum, kanal och inlägg som rad ${firstRow}`,

  // --- the result -------------------------------------------------------------------------
  resultAdded: (added: number) => (added === 1 ? 'La till 1 rad.' : `La till ${added} rader.`),
  resultSkipped: (skipped: number) =>
    skipped === 1 ? 'Hoppade över 1 rad:' : `Hoppade över ${skipped} rader:`,
  resultSkippedLine: (row: number, reason: string) => `rad ${row}: ${reason}`,
  resultMoreSkipped: (more: number) => `…och ${more} till.`,
  resultAddedColumns: (headers: string[]) => `La till kolumner i databladet: ${headers.join(', ')}.`,
  resultCreatedSheet: (name: string) => `Skapade fliken ”${name}”.`,
  resultStopped: (added: number, message: string) =>
    `${message} ${added} rader hann läggas till innan importen stoppades; importerar du filen igen läggs bara resten till.`,

  serverFailed: (message: string) => `Importen misslyckades: ${message}`,
};
