import { packEntries } from './packs';

/*
 * "All channels" is the pooled column's label, not a channel: the model keys that column by a
 * symbol no data can hold (report/model ALL_CHANNELS). A channel the user named like the label,
 * in any of our languages, stays a channel and is shown in quotes wherever a channel's name
 * meets the label: the report, the goals sidebar, the Goals tab and the headless JSON.
 */

/**
 * Every language's pooled labels, lower case: the report's, the goals sidebar's and the Goals
 * tab's. From the packs, so the sidebar page needs no catalogue; a test holds them equal to the
 * catalogues.
 */
export const ALL_CHANNELS_LABELS: readonly string[] = packEntries().flatMap(([, pack]) => pack.allChannels);

const OPEN = '“';
const CLOSE = '”';
const QUOTED = /^["“”](.*)["“”]$/s;

/** The label under any number of surrounding quotes, trimmed, lower case. */
function core(name: string): string {
  let text = name.trim();
  for (let match = QUOTED.exec(text); match; match = QUOTED.exec(text)) text = match[1].trim();
  return text.toLowerCase();
}

/**
 * A channel's name as shown: in quotes when it reads like the pooled label ("All channels",
 * "alla kanaler", “All channels” …), else as it is. Quoting a quoted name again keeps every name
 * distinct: no two channels ever show the same.
 */
export function channelDisplayName(name: string): string {
  return ALL_CHANNELS_LABELS.includes(core(name)) ? `${OPEN}${name}${CLOSE}` : name;
}

/** The channel a shown name stands for: channelDisplayName undone, for text read back from a tab. */
export function channelFromDisplayName(shown: string): string {
  if (shown.startsWith(OPEN) && shown.endsWith(CLOSE) && shown.length >= 2) {
    const inner = shown.slice(OPEN.length, -CLOSE.length);
    if (ALL_CHANNELS_LABELS.includes(core(inner))) return inner;
  }
  return shown;
}
