/*
 * The team digest: the short email the scheduled report sends, and what its address list gets
 * as messages. Every text the user or the data supplies is escaped by the composer, not here.
 */
export const digest = {
  subject: (period: string, spreadsheet: string) => `KPI report ${period}: ${spreadsheet}`,
  periodLabel: (key: string, first: string, last: string) => `${key} (${first} – ${last})`,
  intro: (period: string, spreadsheet: string) =>
    `The KPI report for ${period} is ready in “${spreadsheet}”.`,
  improvements: 'Largest improvements',
  declines: 'Largest declines',
  goalsOnTrack: 'Goals on track',
  goalsOffTrack: 'Goals off track',
  dataQuality: 'Data quality',
  noneToShow: 'None.',
  change: (kpi: string, channel: string, change: string) => `${kpi} (${channel}): ${change}`,
  openReport: 'Open the report',
  reportTab: (tab: string) => `Tab: ${tab}`,
  footer: 'Sent by Social KPIs for Google Sheets. Changes compare complete periods only.',
  testNote: 'Test: this digest was sent to you alone.',
  // ----- the address list -----
  addressesField: 'Digest recipients',
  noAddresses: (field: string) => `${field}: add at least one email address, or turn the digest off.`,
  badAddresses: (field: string, bad: string[]) =>
    `${field}: ${bad.map((address) => `“${address}”`).join(', ')} ${bad.length === 1 ? 'is not an email address' : 'are not email addresses'}. Separate addresses with commas.`,
  tooManyAddresses: (field: string, count: number, limit: number) =>
    `${field}: ${count} addresses is more than the ${limit} one email can go to.`,
};
