/**
 * What the server writes into the Goals tab. The header row is written in the language of
 * whoever creates the tab and recognised in every language, so a team that mixes languages keeps
 * one readable tab. The tab's name stays "Goals" in every language: the report, teammates'
 * formulas (=Goals!B2) and saves from any language must all find the same tab.
 */
export const goalsTab = {
  /** Written into the Channel column for a goal on all channels, and read back in any language. */
  allChannels: 'All channels',
  headers: {
    id: 'ID',
    what: 'What',
    kpiId: 'KPI',
    channel: 'Channel',
    baseline: 'Baseline',
    baselineWindow: 'Baseline window',
    baselineMonths: 'Baseline months',
    target: 'Target (as entered)',
    targetValue: 'Target value',
    start: 'Start',
    deadline: 'Deadline',
    owner: 'Owner',
    why: 'Why it matters',
    version: 'Version',
    updatedBy: 'Changed by',
    updatedAt: 'Changed at',
  },
};
