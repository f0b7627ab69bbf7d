/** Sheets reports colours as lowercase #rrggbb whatever CSS form was set. */
const NAMED: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
};

export function normalizeColor(color: string): string {
  const lower = color.trim().toLowerCase();
  if (NAMED[lower]) return NAMED[lower];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(lower);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return lower;
}
