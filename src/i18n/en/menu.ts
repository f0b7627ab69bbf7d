export const menu = {
  setUpDataSheet: 'Set up data sheet',
  importCsv: 'Import CSV…',
  buildReport: 'Build report',
  schedule: 'Schedule report…',
  goals: 'SMART goals',
  about: 'Help / About',
};
