/*
 * What the schedule keeps, where every collaborator and the trigger can read it: one developer
 * metadata entry on the spreadsheet (not document properties, which Apps Script promises only
 * "within the open document", and a time-driven trigger opens none). Pure: parsing, writing and the
 * data's fingerprint.
 */
import type { PeriodKind } from '../report/periods';
import { scheduleProblem, type Schedule } from './schedule';

/** The spreadsheet's developer metadata key of the schedule record (JSON). */
export const SCHEDULE_METADATA_KEY = 'socialKpis.schedule';
/**
 * On a report tab the schedule built: "<period key> <fingerprint>", the fingerprint of the data
 * and settings the build read. A later run of the same period with the same fingerprint skips.
 */
export const REPORT_DATA_METADATA_KEY = 'socialKpis.reportData';
/** The trigger's function: the global Apps Script calls. */
export const SCHEDULE_HANDLER = 'runScheduledReport';
/**
 * A user property per trigger, "<prefix><trigger uid>" → the spreadsheet's ID: the time-driven
 * event names its trigger (triggerUid) but not the file it was made in.
 */
export const TRIGGER_PROPERTY_PREFIX = 'socialKpis.scheduleTrigger.';
/** How many failed runs wait for the next build's data-quality section; older ones are dropped. */
export const MAX_UNREPORTED_FAILURES = 5;

export type RunOutcome = 'built' | 'skipped' | 'failed';

export interface RunRecord {
  /** ISO instant the run started. */
  at: string;
  /** The period's key ("2026-10"). */
  period: string;
  outcome: RunOutcome;
  tabName?: string;
  message?: string;
  /** Recipients the digest went to, or why it did not go. */
  digestSentTo?: number;
  digestError?: string;
}

export interface ScheduleRecord extends Schedule {
  /** Who turned it on: the trigger runs as them. "" when Apps Script did not say. */
  owner: string;
  /** The owner's trigger; a run of any other trigger finds it is not the schedule's and removes itself. */
  triggerUid: string;
  /** ISO instant it was turned on or last changed. */
  since: string;
  /** The digest's addresses; none: no digest. */
  recipients: string[];
  /**
   * The document properties the report reads (currency, engagement base), copied when the
   * schedule is saved and whenever the dialog is opened: the trigger cannot read them.
   */
  settings: Record<string, string>;
  lastRun?: RunRecord;
  /** Failed runs not yet named in a built report's data-quality section. */
  unreported: RunRecord[];
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value as object).every((entry) => typeof entry === 'string')
  );
}

function runRecord(value: unknown): RunRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const run = value as Partial<RunRecord>;
  if (typeof run.at !== 'string' || typeof run.period !== 'string') return undefined;
  if (!['built', 'skipped', 'failed'].includes(run.outcome as string)) return undefined;
  return run as RunRecord;
}

/** The record from its metadata value; undefined for anything not a record (nothing is guessed). */
export function parseScheduleRecord(text: string | null | undefined): ScheduleRecord | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Partial<ScheduleRecord>;
  if (scheduleProblem({ frequency: record.frequency, hour: record.hour })) return undefined;
  if (typeof record.triggerUid !== 'string' || typeof record.since !== 'string') return undefined;
  const recipients = Array.isArray(record.recipients)
    ? record.recipients.filter((address): address is string => typeof address === 'string')
    : [];
  return {
    frequency: record.frequency as PeriodKind,
    hour: record.hour as number,
    owner: typeof record.owner === 'string' ? record.owner : '',
    triggerUid: record.triggerUid,
    since: record.since,
    recipients,
    settings: isStringRecord(record.settings) ? record.settings : {},
    lastRun: runRecord(record.lastRun),
    unreported: Array.isArray(record.unreported)
      ? record.unreported.map(runRecord).filter((run): run is RunRecord => run !== undefined)
      : [],
  };
}

export function serializeScheduleRecord(record: ScheduleRecord): string {
  return JSON.stringify(record);
}

/**
 * A message kept in the record is cut to this length: Sheets holds at most 30,000 characters of
 * developer metadata per spreadsheet (the Sheets API's limits), and five failures, 50 addresses
 * and the settings must fit.
 */
export const MAX_MESSAGE_LENGTH = 500;

function cut(text: string | undefined): string | undefined {
  return text !== undefined && text.length > MAX_MESSAGE_LENGTH
    ? `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`
    : text;
}

/** A run's record, and its failure kept for the next build's data-quality section. */
export function withRun(record: ScheduleRecord, given: RunRecord): ScheduleRecord {
  const run = { ...given, message: cut(given.message), digestError: cut(given.digestError) };
  if (run.message === undefined) delete run.message;
  if (run.digestError === undefined) delete run.digestError;
  const unreported =
    run.outcome === 'failed'
      ? [...record.unreported, run].slice(-MAX_UNREPORTED_FAILURES)
      : record.unreported;
  return { ...record, lastRun: run, unreported };
}

/**
 * A fingerprint of what a report reads: the data tab's values (dates as instants), the settings
 * and the locale and time zone. Two 32-bit FNV-1a hashes with different seeds over the JSON text:
 * not cryptographic, only a change detector, and a missed change merely skips one rebuild.
 */
export function dataFingerprint(
  values: readonly (readonly unknown[])[],
  context: { settings: Record<string, string>; locale: string; timeZone: string },
): string {
  const text = JSON.stringify([
    context.locale,
    context.timeZone,
    Object.entries(context.settings).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    values.map((row) => row.map((cell) => (cell instanceof Date ? { d: cell.getTime() } : cell))),
  ]);
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `${hash(0x811c9dc5)}${hash(0x01234567)}`;
}
