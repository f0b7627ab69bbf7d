import type { Catalogue } from '../en';

export const goalsTab: Catalogue['goalsTab'] = {
  allChannels: 'Alla kanaler',
  headers: {
    id: 'ID',
    what: 'Vad',
    kpiId: 'KPI',
    channel: 'Kanal',
    baseline: 'Baslinje',
    baselineWindow: 'Baslinjeperiod',
    baselineMonths: 'Baslinjemånader',
    target: 'Målvärde (som angivet)',
    targetValue: 'Målvärde',
    start: 'Startdatum',
    deadline: 'Deadline',
    owner: 'Ansvarig',
    why: 'Varför det är viktigt',
    version: 'Version',
    updatedBy: 'Ändrad av',
    updatedAt: 'Ändrad',
  },
};
