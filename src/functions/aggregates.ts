import type { CustomFunctionDefinition, ParamDefinition } from '../kpi/types';
import {
  checkedRow,
  checkWhole,
  Grid,
  positionText,
  readDateMs,
  readNumber,
  toGrid,
  toGridRowsUnchecked,
} from './cells';
import { resolveArguments, sumRows, type CellResult } from './elementwise';
import { functionMessages as m, KpiFunctionError, shapeText } from './errors';

/** A function that makes one value from whole ranges: a mean, a median, a share of scores. */
export type AggregateKernel = (definition: CustomFunctionDefinition, args: ArrayLike<unknown>) => CellResult;

function grids(definition: CustomFunctionDefinition, args: ArrayLike<unknown>): Grid[] {
  const values = resolveArguments(definition, args);
  return definition.params.map((param, i) => toGrid(definition.name, param, values[i]));
}

function singleValue(fn: string, param: ParamDefinition, grid: Grid): unknown {
  if (!grid.single && (grid.rows > 1 || grid.columns > 1))
    throw new KpiFunctionError(m.notSingleCell(fn, param.name));
  return grid.values[0][0];
}

function requireSameShape(
  fn: string,
  a: ParamDefinition,
  aGrid: Grid,
  b: ParamDefinition,
  bGrid: Grid,
): void {
  if (aGrid.rows !== bGrid.rows || aGrid.columns !== bGrid.columns) {
    throw new KpiFunctionError(
      m.shapeMismatch(
        fn,
        a.name,
        shapeText(aGrid.rows, aGrid.columns),
        b.name,
        shapeText(bGrid.rows, bGrid.columns),
      ),
    );
  }
}

function isBlankOption(value: unknown): boolean {
  return (
    value === '' ||
    value === null ||
    value === undefined ||
    (typeof value === 'string' && value.trim() === '')
  );
}

/**
 * Sums of many values are kept scaled down by 2^24 (exactly, a power of two): the values of
 * millions of cells near the largest number then add up without overflowing, and every result is
 * the same to the last bit as the plain sum's (short of values below 1e-300). A result past the
 * largest number is an error (see index.ts), as it must be.
 */
const SUM_SCALE = 2 ** -24;

/** Mean over posts of (post engagements / followers): the one KPI that averages rates. */
export const averageEngagementRate: AggregateKernel = (definition, args) => {
  const fn = definition.name;
  const [engagementsParam, followersParam] = definition.params;
  const [engagements, followers] = grids(definition, args);
  const sums = sumRows(fn, engagementsParam, engagements);
  const followersPerPost = !followers.single || followers.rows > 1 || followers.columns > 1;
  if (followersPerPost && (followers.rows !== engagements.rows || followers.columns !== 1)) {
    throw new KpiFunctionError(
      m.shapeMismatch(
        fn,
        engagementsParam.name,
        shapeText(engagements.rows, 1),
        followersParam.name,
        shapeText(followers.rows, followers.columns),
      ),
    );
  }
  const sharedFollowers = followersPerPost ? NaN : readNumber(fn, followersParam, followers, 0, 0);
  let total = 0;
  let posts = 0;
  for (let r = 0; r < engagements.rows; r++) {
    const postFollowers = followersPerPost
      ? readNumber(fn, followersParam, followers, r, 0)
      : sharedFollowers;
    const postEngagements = sums[r];
    if (postEngagements !== postEngagements || postFollowers !== postFollowers) continue;
    if (postFollowers === 0) {
      throw new KpiFunctionError(
        m.undefinedResult(
          fn,
          followersParam.name,
          'rate',
          positionText(followers, followersPerPost ? r : 0, 0),
        ),
      );
    }
    total += (postEngagements * SUM_SCALE) / postFollowers;
    posts++;
  }
  return posts === 0 ? '' : total / posts / SUM_SCALE;
};

/** Everyone who follows an account that mentioned you, times the share that realistically sees it. */
export const potentialReach: AggregateKernel = (definition, args) => {
  const fn = definition.name;
  const [audiencesParam, shareParam] = definition.params;
  const [audiences, shareGrid] = grids(definition, args);
  const shareValue = singleValue(fn, shareParam, shareGrid);
  const share = isBlankOption(shareValue)
    ? (shareParam.optional?.default as number)
    : readNumber(fn, shareParam, shareGrid, 0, 0);
  let sum = 0;
  let any = false;
  for (let r = 0; r < audiences.rows; r++) {
    for (let c = 0; c < audiences.columns; c++) {
      const n = readNumber(fn, audiencesParam, audiences, r, c);
      if (n === n) {
        sum += n * SUM_SCALE;
        any = true;
      }
    }
  }
  return any ? (sum * share) / SUM_SCALE : '';
};

const MS_PER_HOUR = 3600000;

/** Hours from message to reply over rows that have both times; a reply before its message is an error. */
export const responseTime: AggregateKernel = (definition, args) => {
  const fn = definition.name;
  const [receivedParam, repliedParam, methodParam] = definition.params;
  const [received, replied, methodGrid] = grids(definition, args);
  requireSameShape(fn, receivedParam, received, repliedParam, replied);
  const methodValue = singleValue(fn, methodParam, methodGrid);
  // Checked before it is read as text: String() of an object without toString would throw a TypeError.
  if (typeof methodValue !== 'string' && !isBlankOption(methodValue)) {
    throw new KpiFunctionError(m.badOption(fn, methodParam.name, methodValue, ['mean', 'median']));
  }
  const method = isBlankOption(methodValue) ? 'mean' : (methodValue as string).trim().toLowerCase();
  if (method !== 'mean' && method !== 'median') {
    throw new KpiFunctionError(m.badOption(fn, methodParam.name, methodValue, ['mean', 'median']));
  }
  const hours: number[] = [];
  for (let r = 0; r < received.rows; r++) {
    for (let c = 0; c < received.columns; c++) {
      const start = readDateMs(fn, receivedParam, received, r, c);
      const end = readDateMs(fn, repliedParam, replied, r, c);
      if (start !== start || end !== end) continue;
      if (end < start) throw new KpiFunctionError(m.replyBeforeMessage(fn, positionText(received, r, c)));
      hours.push((end - start) / MS_PER_HOUR);
    }
  }
  if (hours.length === 0) return '';
  if (method === 'mean') return hours.reduce((a, b) => a + b, 0) / hours.length;
  hours.sort((a, b) => a - b);
  const middle = hours.length >> 1;
  return hours.length % 2 === 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2;
};

const MIN_SCALE = 3;
const MAX_SCALE = 100;

/** The share of ratings in the top two boxes of the scale. */
export const csat: AggregateKernel = (definition, args) => {
  const fn = definition.name;
  const [ratingsParam, scaleParam] = definition.params;
  const [ratings, scaleGrid] = grids(definition, args);
  const scaleValue = singleValue(fn, scaleParam, scaleGrid);
  const scaleMax = isBlankOption(scaleValue)
    ? (scaleParam.optional?.default as number)
    : checkWhole(
        fn,
        scaleParam,
        scaleGrid,
        0,
        0,
        readNumber(fn, scaleParam, scaleGrid, 0, 0),
        MIN_SCALE,
        MAX_SCALE,
      );
  let satisfied = 0;
  let answers = 0;
  for (let r = 0; r < ratings.rows; r++) {
    for (let c = 0; c < ratings.columns; c++) {
      const rating = readNumber(fn, ratingsParam, ratings, r, c);
      if (rating !== rating) continue;
      checkWhole(fn, ratingsParam, ratings, r, c, rating, 1, scaleMax);
      answers++;
      if (rating >= scaleMax - 1) satisfied++;
    }
  }
  return answers === 0 ? '' : satisfied / answers;
};

/** Promoters (9–10) minus detractors (0–6), in percentage points. */
export const nps: AggregateKernel = (definition, args) => {
  const fn = definition.name;
  const [scoresParam] = definition.params;
  const scores = toGridRowsUnchecked(fn, scoresParam, resolveArguments(definition, args)[0]);
  // Counting by score keeps the loop short on a column of whole scores: `>>> 0` gives a number
  // back unchanged only if it is whole and not negative (never NaN or a fraction). Only on a
  // number: on an object it would call the object's own conversion, or throw.
  const tally = new Int32Array(11);
  for (let r = 0; r < scores.rows; r++) {
    const row = checkedRow(fn, scoresParam, scores, r);
    for (let c = 0; c < scores.columns; c++) {
      const cell = row[c];
      if (typeof cell === 'number' && cell >>> 0 === cell && cell <= 10) {
        tally[cell]++;
        continue;
      }
      const score = readNumber(fn, scoresParam, scores, r, c);
      if (score === score) tally[score]++;
    }
  }
  const promoters = tally[9] + tally[10];
  let detractors = 0;
  for (let score = 0; score <= 6; score++) detractors += tally[score];
  const answers = promoters + tally[7] + tally[8] + detractors;
  // Multiplied first, so the one rounding is the division's: 1 promoter in 3 is exactly 100 / 3.
  const result = answers === 0 ? '' : ((promoters - detractors) * 100) / answers;
  return result === 0 ? 0 : result;
};
