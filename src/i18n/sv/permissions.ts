import type { Catalogue } from '../en';

export const permissions: Catalogue['permissions'] = {
  title: 'Behörighet saknas',
  missing: (action, needs) =>
    `${action} behöver behörighet att ${needs}. Den gavs inte när Social KPIs godkändes.`,
  howTo: (action, url) =>
    `Ge den genom att öppna den här adressen, tillåta det som står där och sedan välja ${action} igen:\n${url}`,
  howToWithoutLink: (action) => `Ge den genom att välja ${action} igen och tillåta det Google frågar om.`,
  spreadsheet: 'se och redigera det här kalkylarket',
  dialogs: 'visa sina dialogrutor och sitt sidofält i det här kalkylarket',
  email: 'se din e-postadress, för att notera vem som ändrade ett mål',
  allSpreadsheets:
    'öppna det här kalkylarket när ingen har det öppet, för att skapa den schemalagda rapporten (Google kallar det ”alla dina kalkylark”; tillägget öppnar bara kalkylarket där schemat ställdes in)',
  triggers: 'köra rapporten enligt ett schema när du inte är här',
  mail: 'skicka teamets sammanfattning via e-post som du',
  and: ' och ',
};
