import type { Services } from '../services/services';
import { emptyGoalsData, type GoalsData } from './data';

/*
 * THE adapter point between goals and the monthly report. Goals need, from the `KPI data` tab:
 * the channels, the months, each KPI's monthly values per channel (or all channels pooled), and
 * which KPIs the data's columns can compute (with the missing columns). Until the report module
 * is wired here, goals see no data: baselines must be typed and no KPI is computable.
 */
export function goalsDataFor(_services: Services): GoalsData {
  return emptyGoalsData();
}
