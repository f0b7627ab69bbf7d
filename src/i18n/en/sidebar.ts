import type { Direction, KpiUnit } from '../../kpi/types';
import type { Achievability } from '../../goals/types';
import { goalFieldNames, kpiNames } from './names';

/*
 * Every string the goals sidebar shows itself, in English. Messages about a goal (checks,
 * baselines, achievability, statuses, conflicts) arrive from the server as codes with parameters
 * and are worded by the page with the `goals` section of the same language. Keep sentences here
 * as plain strings or functions of their parameters.
 */
export const sidebar = {
  pageTitle: 'SMART goals',
  loading: 'Loading goals…',
  working: 'Working…',
  loadFailed: (message: string) => `The goals could not be loaded: ${message}`,
  callFailed: (message: string) => `That did not work: ${message}. Nothing you typed was lost.`,
  retry: 'Try again',

  list: {
    heading: 'Goals',
    empty: 'No goals yet. A goal names a KPI, where it is now, where it should be and by when.',
    newGoal: 'New goal',
    edit: 'Edit',
    editGoal: (what: string) => `Edit goal: ${what}`,
    delete: 'Delete',
    deleteGoal: (what: string) => `Delete goal: ${what}`,
    confirmDelete: (what: string) => `Delete the goal “${what}”? This cannot be undone.`,
    confirmDeleteYes: 'Delete goal',
    confirmDeleteNo: 'Keep it',
    deleted: 'Goal deleted.',
    saved: 'Goal saved.',
    savedMerged: (by: string, fields: string) =>
      `Goal saved. The changes ${by || 'a teammate'} made meanwhile to ${fields} are kept too.`,
    allChannels: 'All channels',
    kpiOnChannel: (kpi: string, channel: string) => `${kpi} · ${channel}`,
    dates: (start: string, deadline: string) => `${start} → ${deadline}`,
    owner: (owner: string) => `Owner: ${owner}`,
    problemsHeading: 'Rows of the Goals tab that could not be read',
    problemRow: (row: number, id: string) => (id ? `Row ${row} (${id})` : `Row ${row}`),
  },

  progress: {
    heading: 'Progress',
    barLabel: (what: string) => `Progress of ${what}`,
    current: 'Current value',
    currentIn: (value: string, month: string) => `${value} (${month})`,
    noCurrent: 'No data since the start yet',
    progress: 'Progress (GOAL_PROGRESS)',
    expected: 'Expected by today',
    onTrack: 'On track',
    yes: 'Yes',
    no: 'No',
    unknown: '–',
    forecast: 'Forecast at the deadline',
    forecastValue: (value: string, progress: string) => `${value} (${progress} of the goal)`,
    summary: (progress: string, expected: string) => `${progress} done · ${expected} expected by today`,
  },

  form: {
    newHeading: 'New goal',
    editHeading: 'Edit goal',
    fields: goalFieldNames,
    /** The baseline window's own label in the form, where it reads as a phrase. */
    baselineWindowField: 'Measured over',
    smart: {
      what: 'Specific: what you want to achieve, in your words.',
      target: 'Measurable: a value, or a change from the baseline such as +35 % or −10 %.',
      why: 'Relevant: why this goal matters to the business.',
    },
    whatPlaceholder: 'Raise average post engagement',
    chooseKpi: 'Choose a KPI…',
    allChannels: 'All channels',
    unit: (unit: string, direction: string) => `Unit: ${unit} · ${direction}`,
    baselineMeasuring: 'Measuring…',
    baselineEditedHint: 'Typed by hand.',
    targetPlaceholder: '+35 %',
    resolvedTarget: (value: string) => `Target value: ${value}`,
    resolvedTargetRounded: (value: string, exact: string, direction: Direction) =>
      `Target value: ${value} (the change gives ${exact}, rounded ${direction === 'up' ? 'up' : 'down'} to a whole number)`,
    /** The target's help for a KPI that counts whole things: the rounding rule, said up front. */
    wholeTarget:
      'Counted in whole numbers: a change such as +35 % is rounded up to a whole number (down where lower is better), so the goal is never smaller than asked. A value you type must be whole.',
    /** Under the KPI, for a mean over posts. */
    needsPostRows: 'Needs one row per post (a Post ID column): daily or monthly totals cannot give it.',
    confirmWrongDirection: 'Yes, this target is what I mean',
    achievableHeading: 'Achievable?',
    achievableNumbers: (required: string, best: string, months: number) =>
      `Needed: ${required} a month · best seen: ${best} a month (over ${months} ${months === 1 ? 'month' : 'months'})`,
    achievableBestWindow: (from: string, to: string) => `Best seen ${from} to ${to}.`,
    save: 'Save goal',
    cancel: 'Cancel',
    keyboardHint: 'Enter saves, Escape cancels.',
    checking: 'Checking…',
    fixErrors: 'Fix the marked fields before saving.',
    confirmNeeded: 'Confirm the target before saving.',
  },

  conflict: {
    heading: 'Changed by a teammate',
    field: 'Field',
    theirs: 'Theirs',
    yours: 'Yours',
    deletedTheirs: 'Deleted',
    keepMine: 'Keep mine',
    takeTheirs: 'Take theirs',
    saveAsNew: 'Save mine as a new goal',
    dropMine: 'Drop mine',
    onlyBoth: 'You both changed these fields. Your other changes and theirs are kept whichever you choose.',
  },

  units: {
    count: 'count',
    fraction: 'percentage',
    ratio: 'ratio',
    money: 'money',
    people: 'people',
    hours: 'hours',
    nps: 'NPS (−100 to +100)',
    sentiment: 'score (−1 to +1)',
  } satisfies Record<KpiUnit, string>,

  directions: {
    up: 'higher is better',
    down: 'lower is better',
  } satisfies Record<Direction, string>,

  achievability: {
    realistic: 'Realistic',
    ambitious: 'Ambitious',
    stretch: 'Stretch',
    out_of_reach: 'Out of reach',
    not_enough_history: 'Not enough history',
    not_applicable: 'Cannot be judged',
  } satisfies Record<Achievability, string>,

  /** The KPI list's names, by registry id: every KPI a goal can name. */
  kpiNames: kpiNames,
};
