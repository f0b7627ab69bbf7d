import type { Catalogue } from '../en';

export const importServer: Catalogue['importServer'] = {
  dialogTitle: 'Importera CSV',
  rowDuplicateInFile: (firstRow: number) => `samma datum, kanal och inlägg som rad ${firstRow}`,
  rowAlreadyInSheet: 'finns redan i bladet (samma datum, kanal och inlägg)',
  rowMalformed: 'raden kunde inte läsas',
  rowBadCurrency: (value: string) => `Valuta är ”${value}”, inte en valutakod som SEK, VND, EUR eller USD`,
  busy: 'Någon annan ändrar databladet just nu. Vänta en stund och importera igen.',
  badRequest: 'Importen skickade rader som tillägget inte kan läsa. Ladda om dialogrutan och försök igen.',
};
