/*
 * The team digest, composed from a summary of a built report: pure, so every language and every
 * hostile name can be tested without sending anything. Plain text and simple HTML; every value
 * from the user or the data (spreadsheet, channel and goal names, warnings, the tab) is escaped in
 * the HTML, and the report link is used only when it is an https address.
 */
import type { Catalogue, Language } from '../i18n';
import { escapeHtml } from '../util/html';
import { firstDayOf, lastDayOf, periodKey, type Period } from '../report/periods';
import { dayKeyToText } from '../report/dates';

export interface DigestChange {
  /** The KPI's name in the digest's language. */
  kpi: string;
  channel: string;
  /** The change against the previous period, as a fraction (0.12 is +12 %). */
  change: number;
  /** Good news by the KPI's direction; null when the periods are not both complete (not ranked). */
  good: boolean | null;
}

export interface DigestSummary {
  period: Period;
  spreadsheetName: string;
  reportTabName: string;
  reportUrl: string;
  changes: readonly DigestChange[];
  goals: ReadonlyArray<{ what: string; onTrack: boolean }>;
  warnings: readonly string[];
  /** A test send goes to the user alone, and says so. */
  test?: boolean;
}

export interface Digest {
  subject: string;
  text: string;
  html: string;
}

/** How many changes the digest names in each direction. */
export const CHANGES_PER_DIRECTION = 3;

/** "+12.3 %" in English, "+12,3 %" in Swedish and Vietnamese, whose decimal mark is a comma. */
export function formatChange(change: number, language: Language): string {
  const percent = (Math.abs(change) * 100).toFixed(1);
  const sign = change > 0 ? '+' : change < 0 ? '−' : '';
  return `${sign}${language === 'en' ? percent : percent.replace('.', ',')} %`;
}

/** The largest improvements and declines among changes of complete periods, largest first. */
export function rankedChanges(changes: readonly DigestChange[]): {
  improvements: DigestChange[];
  declines: DigestChange[];
} {
  const largest = (good: boolean) =>
    changes
      .filter((change) => change.good === good && Number.isFinite(change.change))
      .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
      .slice(0, CHANGES_PER_DIRECTION);
  return { improvements: largest(true), declines: largest(false) };
}

function safeUrl(url: string): string | undefined {
  return /^https:\/\/[^\s"'<>]+$/.test(url) ? url : undefined;
}

export function composeDigest(
  summary: DigestSummary,
  texts: Catalogue['digest'],
  language: Language,
): Digest {
  const period = texts.periodLabel(
    periodKey(summary.period),
    dayKeyToText(firstDayOf(summary.period)),
    dayKeyToText(lastDayOf(summary.period)),
  );
  const { improvements, declines } = rankedChanges(summary.changes);
  const changeLine = (change: DigestChange) =>
    texts.change(change.kpi, change.channel, formatChange(change.change, language));
  const sections: Array<[string, string[]]> = [
    [texts.improvements, improvements.map(changeLine)],
    [texts.declines, declines.map(changeLine)],
    [texts.goalsOnTrack, summary.goals.filter((goal) => goal.onTrack).map((goal) => goal.what)],
    [texts.goalsOffTrack, summary.goals.filter((goal) => !goal.onTrack).map((goal) => goal.what)],
    [texts.dataQuality, [...summary.warnings]],
  ];
  const url = safeUrl(summary.reportUrl);
  const intro = texts.intro(period, summary.spreadsheetName);
  const tab = texts.reportTab(summary.reportTabName);

  const text = [
    ...(summary.test ? [texts.testNote, ''] : []),
    intro,
    '',
    ...sections.flatMap(([heading, lines]) => [
      heading,
      ...(lines.length ? lines.map((line) => `- ${line}`) : [texts.noneToShow]),
      '',
    ]),
    url ? `${texts.openReport}: ${url}` : texts.openReport,
    tab,
    '',
    texts.footer,
  ].join('\n');

  const html = [
    ...(summary.test ? [`<p><em>${escapeHtml(texts.testNote)}</em></p>`] : []),
    `<p>${escapeHtml(intro)}</p>`,
    ...sections.flatMap(([heading, lines]) => [
      `<h3>${escapeHtml(heading)}</h3>`,
      lines.length
        ? `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`
        : `<p>${escapeHtml(texts.noneToShow)}</p>`,
    ]),
    url
      ? `<p><a href="${escapeHtml(url)}">${escapeHtml(texts.openReport)}</a> · ${escapeHtml(tab)}</p>`
      : `<p>${escapeHtml(tab)}</p>`,
    `<p><small>${escapeHtml(texts.footer)}</small></p>`,
  ].join('\n');

  return { subject: texts.subject(periodKey(summary.period), summary.spreadsheetName), text, html };
}

/** One email goes to at most 50 recipients (the quotas page). */
export const MAX_DIGEST_RECIPIENTS = 50;

/** An address a mail server accepts: local part, @, a dotted domain; no spaces or brackets. */
const ADDRESS = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;

export type AddressListResult = { ok: true; addresses: string[] } | { ok: false; message: string };

/**
 * Reads the list a user typed: addresses separated by commas, semicolons or new lines (as mail
 * programs copy them), each kept as typed; a repeat in another case is dropped. Nothing is sent
 * without a list, and a list with a bad address is refused whole, naming every bad one.
 */
export function parseAddressList(input: unknown, texts: Catalogue['digest']): AddressListResult {
  const field = texts.addressesField;
  const parts = (typeof input === 'string' ? input : '')
    .split(/[,;\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { ok: false, message: texts.noAddresses(field) };
  const bad = parts.filter((part) => !ADDRESS.test(part));
  if (bad.length) return { ok: false, message: texts.badAddresses(field, bad) };
  const seen = new Set<string>();
  const addresses = parts.filter((part) => {
    const key = part.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (addresses.length > MAX_DIGEST_RECIPIENTS)
    return { ok: false, message: texts.tooManyAddresses(field, addresses.length, MAX_DIGEST_RECIPIENTS) };
  return { ok: true, addresses };
}
