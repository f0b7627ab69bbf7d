import type { Catalogue } from '../en';

export const menu: Catalogue['menu'] = {
  setUpDataSheet: 'Skapa datablad',
  importCsv: 'Importera CSV…',
  buildReport: 'Skapa rapport',
  schedule: 'Schemalägg rapport…',
  goals: 'SMART-mål',
  about: 'Hjälp / Om',
};
