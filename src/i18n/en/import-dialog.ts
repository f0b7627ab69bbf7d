import type { PlatformId } from '../../import/platforms';
import { languageName } from '../language-names';

/*
 * Every string the Import CSV dialog shows a user, in English (the page carries every language;
 * what the server words itself is in ./import-server.ts). Template functions take plain values
 * and never build HTML: the dialog sets them as text.
 */
export const importDialog = {
  // --- the dialog -------------------------------------------------------------------------
  fileLabel: 'CSV file exported from Meta, LinkedIn, TikTok or X, or with this sheet’s headers',
  channelLabel: 'Channel',
  channelHint: 'Written in the Channel column of every row that has none in the file.',
  currencyLabel: 'Currency of the money in this file',
  currencyHint: (current: string) =>
    `The spreadsheet’s currency is ${current}. A file in another currency gets it in the Currency column of its rows; amounts are never converted.`,
  currencyHintFirst: 'The first import sets the spreadsheet’s currency; amounts are never converted.',
  currencyFromHeader: (header: string) => `Proposed from the column “${header}”.`,
  dateOrderLabel: 'Dates such as 05/10/2026 mean',
  dateOrderChoose: 'Choose…',
  dateOrderDmy: 'day/month/year (5 October 2026)',
  dateOrderMdy: 'month/day/year (May 10, 2026)',
  /** Why numeric dates are proposed as day/month/year; `row` and `sample` are the first such date. */
  dateOrderHinted: (row: number, sample: string, reason: string) =>
    `Dates such as “${sample}” (row ${row}) are read as day/month/year because ${reason}. Change it here if that is wrong.`,
  dateHintNamed: (language: string, row: number, sample: string) =>
    `row ${row} of the same column writes a date the ${languageName(language, 'en')} way (“${sample}”)`,
  dateHintHeader: (header: string) =>
    `the date column is headed “${header}”, in a language that writes the day first`,
  dateHintSemicolons: 'the file is separated by semicolons, as Excel does where the day is written first',
  dateHintDecimalComma: 'the file’s numbers have decimal commas, as where the day is written first',
  mappingHeading: 'Columns',
  mappingSource: 'Column in the file',
  mappingSample: 'First value',
  mappingTarget: 'Import as',
  mappingNote: 'Note',
  mappingSelectLabel: (source: string) => `Import “${source}” as`,
  dontImport: 'Don’t import',
  previewHeading: 'Preview',
  previewCaption: (shown: number, total: number) => `First ${shown} of ${total} rows to import`,
  importButton: 'Import',
  cancelButton: 'Cancel',
  closeButton: 'Close',
  reading: 'Reading the file…',
  parsing: (percent: number) => `Reading the file… ${percent} %`,
  sending: (sent: number, total: number) => `Importing… ${sent} of ${total} rows`,
  progressLabel: 'Progress',

  // --- what was recognised ----------------------------------------------------------------
  platformDetected: (platform: string) => `Recognised: ${platform}`,
  platformUnknown: 'Not recognised as a platform export: check the columns below.',
  fileSummary: (rows: number, delimiter: string, encoding: string) =>
    `${rows} rows, separated by ${delimiter}, ${encoding}`,
  delimiterNames: { ',': 'commas', ';': 'semicolons', '\t': 'tabs', '|': 'bars' } as Record<string, string>,
  decimalComma: 'decimal comma',
  decimalPoint: 'decimal point',
  platformNames: {
    facebook: 'Meta Business Suite (Facebook)',
    instagram: 'Meta Business Suite (Instagram)',
    linkedin: 'LinkedIn page analytics',
    tiktok: 'TikTok analytics',
    x: 'X analytics',
    kpi_data: 'a file with this sheet’s headers',
  } satisfies Record<PlatformId, string>,

  // --- why a column is left out -----------------------------------------------------------
  noteRate: 'A rate: the add-on computes rates from the counts, so it is not imported.',
  noteSum: 'A total of other columns (engagements are computed), so it is not imported.',
  noteSplit: 'Part of the “(total)” column, which is imported instead.',
  noteDuplicate: (other: string) => `“${other}” is already imported as this column.`,
  noteUnknown: 'Not a column of the data sheet.',

  // --- refusals: the file or a column cannot be read safely --------------------------------
  emptyFile: 'The file is empty.',
  noRows: 'The file has a header but no rows.',
  notCsv: 'This does not look like a CSV file: no columns separated by commas, semicolons or tabs.',
  binaryFile: 'This looks like a spreadsheet or other binary file. Export it as CSV and choose the CSV.',
  needDate: 'Choose which column holds the date.',
  needChannel: 'Enter a channel, or choose a column that holds it.',
  needDateOrder: (column: string, row: number, sample: string) =>
    `“${column}”, row ${row}: “${sample}” could be day/month or month/day, and no other row or anything ` +
    'else in the file says which. Choose whether the dates are day/month/year or month/day/year.',
  dateOrderConflict: (
    column: string,
    dayFirst: string,
    dayRow: number,
    monthFirst: string,
    monthRow: number,
  ) =>
    `“${column}” mixes day/month (row ${dayRow}: “${dayFirst}”) and month/day (row ${monthRow}: ` +
    `“${monthFirst}”) dates; fix the file and import it again.`,
  ambiguousNumber: (column: string, sample: string) =>
    `“${column}”: “${sample}” could be a thousands separator or a decimal mark, and nothing else in the ` +
    'file says which. Choose “Don’t import” for this column, or export the file with the decimals shown.',
  mixedDecimalMarks: (column: string, pointSample: string, commaSample: string) =>
    `“${column}” mixes decimal points (“${pointSample}”) and decimal commas (“${commaSample}”), so its ` +
    'numbers cannot be read safely. Choose “Don’t import” for this column, or fix the file.',
  fixColumnsFirst: 'Fix the columns marked above before importing.',
  decodedAs1252:
    'The file is not UTF-8, so it was read as Windows Western (Excel’s “CSV” on Windows). Check that letters like å, ä, ö look right.',

  // --- why a row is skipped ---------------------------------------------------------------
  rowNoDate: 'no date',
  rowBadDate: (text: string) => `the date “${text}” is not a date`,
  rowNotNumber: (column: string, text: string) => `${column} is “${text}”, not a number`,
  rowNotWhole: (column: string, text: string) => `${column} is “${text}”, not a whole number`,
  rowNegative: (column: string, text: string) => `${column} is “${text}”, below zero`,
  rowNoChannel: 'no channel',
  rowDuplicateInFile: (firstRow: number) => `the same date, channel and post as row ${firstRow}`,

  // --- the result -------------------------------------------------------------------------
  resultAdded: (added: number) => (added === 1 ? 'Added 1 row.' : `Added ${added} rows.`),
  resultSkipped: (skipped: number) => (skipped === 1 ? 'Skipped 1 row:' : `Skipped ${skipped} rows:`),
  resultSkippedLine: (row: number, reason: string) => `row ${row}: ${reason}`,
  resultMoreSkipped: (more: number) => `…and ${more} more.`,
  resultAddedColumns: (headers: string[]) => `Added columns to the data sheet: ${headers.join(', ')}.`,
  resultCreatedSheet: (name: string) => `Created the “${name}” tab.`,
  resultStopped: (added: number, message: string) =>
    `${message} ${added} rows were added before it stopped; importing the file again adds only the rest.`,

  serverFailed: (message: string) => `The import failed: ${message}`,
};
