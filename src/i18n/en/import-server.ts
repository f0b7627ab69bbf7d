/** What the server words itself for Import CSV: the dialog's title and the answers of importCsvRows. */
export const importServer = {
  dialogTitle: 'Import CSV',
  rowDuplicateInFile: (firstRow: number) => `the same date, channel and post as row ${firstRow}`,
  rowAlreadyInSheet: 'already in the sheet (same date, channel and post)',
  rowMalformed: 'the row could not be read',
  rowBadCurrency: (value: string) =>
    `Currency is “${value}”, not a currency code such as SEK, VND, EUR or USD`,
  busy: 'Someone else is changing the data sheet right now. Wait a moment and import again.',
  badRequest: 'The import sent rows the add-on cannot read. Reload the dialog and try again.',
};
