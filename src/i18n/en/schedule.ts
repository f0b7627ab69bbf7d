/*
 * The Schedule dialog and what the scheduled report records for the team to see. Names, addresses
 * and messages that come from users or the data are escaped by the page, not here.
 */
export const schedule = {
  title: 'Schedule report',
  intro: 'Build the report for the period that just ended, by itself, and optionally email a short digest.',
  frequencyLabel: 'Build',
  frequencies: {
    week: 'Weekly, on Monday mornings (last week)',
    month: 'Monthly, on the 1st (last month)',
    quarter: 'Quarterly, on 1 January, April, July and October (last quarter)',
  },
  hourLabel: 'At about',
  hourOption: (hour: string, timeZone: string) => `${hour} (${timeZone})`,
  digestLabel: 'Email a digest to',
  digestHint: 'Addresses separated by commas. Leave empty to send nothing.',
  turnOn: 'Turn on',
  save: 'Save changes',
  turnOff: 'Turn off',
  sendTest: 'Send a test digest to me',
  close: 'Close',
  working: 'Working…',
  off: 'No schedule is on in this spreadsheet.',
  onBy: (who: string, since: string) => `On, set up by ${who} on ${since}.`,
  someone: 'a collaborator',
  next: (when: string, period: string) => `Next report: ${period}, ${when}.`,
  recipients: (count: number) =>
    count === 0
      ? 'No digest is sent.'
      : `The digest goes to ${count} ${count === 1 ? 'address' : 'addresses'}.`,
  notYours: (who: string) =>
    `${who} set this schedule up; it runs as them. Turning it on for yourself replaces theirs (it then runs as you), and turning it off stops it for everyone.`,
  triggerGone:
    'Your trigger for this schedule is gone: it was removed outside this dialog (in Apps Script’s triggers page, or with the add-on), so no report is built. Turn it on again, or turn it off.',
  lastBuilt: (when: string, tab: string) => `Last run ${when}: built “${tab}”.`,
  lastSkipped: (when: string, tab: string) =>
    `Last run ${when}: “${tab}” was already up to date with the data.`,
  lastFailed: (when: string, message: string) => `Last run ${when} failed: ${message}`,
  digestSent: (count: number) => `Digest sent to ${count} ${count === 1 ? 'address' : 'addresses'}.`,
  digestFailed: (message: string) => `The digest was not sent: ${message}`,
  saved: 'The schedule is on.',
  turnedOff: 'The schedule is off.',
  testSent: (address: string) => `A test digest was sent to ${address} alone.`,
  noAddress: 'Apps Script does not tell this add-on your email address, so no test can be sent.',
  quotaLeft: (left: number, needed: number) =>
    `Google lets this account email ${left} more recipients today; the digest needs ${needed}.`,
  badFrequency: (field: string) => `${field}: choose weekly, monthly or quarterly.`,
  badHour: (field: string) => `${field}: choose an hour from 00:00 to 23:00.`,
  busy: 'A collaborator is changing the schedule right now. Try again in a moment.',
  buildBusy: 'another build of this report was under way.',
  qualityLine: (period: string, when: string, message: string) =>
    `The scheduled build of ${period} on ${when} failed: ${message}`,
};
