import { DATA_TAB_HEADERS } from './data-tab';

/*
 * Function examples are written against the add-on's own data tab (DATA_TAB_HEADERS), so a user
 * who types one on that tab gets the KPI it names: `{likes:saves}` is the Likes to Saves columns,
 * rows 2 to 100; `{followers@6}` one cell; `{impressions@2:97}` chosen rows. Written as templates
 * and resolved here, the examples follow the tab's layout and cannot drift from it.
 */

export const EXAMPLE_FIRST_ROW = 2;
export const EXAMPLE_LAST_ROW = 100;

/** The data column a registry column id names: "profile_visits" is the "Profile visits" column. */
export function dataTabColumn(id: string): number {
  const header = id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ');
  const index = (DATA_TAB_HEADERS as readonly string[]).indexOf(header);
  if (index < 0) throw new Error(`No data tab column for "${id}"`);
  return index + 1;
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const REFERENCE = /\{([a-z_]+)(?::([a-z_]+))?(?:@(\d+)(?::(\d+))?)?\}/g;

/** A template's references resolved to the data tab's A1 ranges. */
export function onDataTab(template: string): string {
  return template.replace(REFERENCE, (_, first: string, last?: string, from?: string, to?: string) => {
    const start = columnLetter(dataTabColumn(first));
    const end = last ? columnLetter(dataTabColumn(last)) : start;
    if (from !== undefined && to === undefined && !last) return `${start}${from}`;
    const top = from ?? String(EXAMPLE_FIRST_ROW);
    const bottom = to ?? from ?? String(EXAMPLE_LAST_ROW);
    return `${start}${top}:${end}${bottom}`;
  });
}

/** The pooled period total quoted in the conventions: engagements over impressions. */
export const ENGAGEMENT_TOTAL_EXAMPLE = onDataTab('=ENGAGEMENT_RATE(SUM({likes:saves}), SUM({impressions}))');
