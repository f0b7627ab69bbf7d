export const menu = {
  setUpDataSheet: 'Set up data sheet',
  importCsv: 'Import CSV…',
  buildReport: 'Build monthly report',
  goals: 'SMART goals',
  about: 'Help / About',
};
