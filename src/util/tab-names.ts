/**
 * Whether two tab names are the same to Sheets, which refuses a tab whose name another has in any
 * case ("goals" blocks "Goals"; see docs/apps-script-behaviours.md), whereas getSheetByName finds
 * only the exact name.
 */
export function sameTabName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
