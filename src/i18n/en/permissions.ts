/** What a menu item says when the user left one of the add-on's permissions unticked. */
export const permissions = {
  title: 'Permission needed',
  missing: (action: string, needs: string) =>
    `${action} needs permission to ${needs}. It was not granted when Social KPIs was authorised.`,
  howTo: (action: string, url: string) =>
    `To grant it, open this address, allow what it lists, then choose ${action} again:\n${url}`,
  howToWithoutLink: (action: string) => `To grant it, choose ${action} again and allow what Google asks for.`,
  spreadsheet: 'see and edit this spreadsheet',
  dialogs: 'show its dialogs and sidebar in this spreadsheet',
  email: 'see your email address, to record who changed a goal',
  allSpreadsheets:
    'open this spreadsheet when no one has it open, to build the scheduled report (Google names this “all your spreadsheets”; the add-on opens only the spreadsheet the schedule was set up in)',
  triggers: 'run the report on a schedule while you are away',
  mail: 'send the team digest by email as you',
  and: ' and ',
};
