import { MENU_ITEMS } from '../../src/server/menu';
import { appFunctions } from '../../src/server/app-functions';
import { serverFunctions } from '../../src/server/entrypoints';
import { input } from './helpers';
import { createWorld } from '../support/world';

const GOAL_FUNCTIONS = [
  'showGoalsSidebar',
  'getGoalsSidebarData',
  'computeBaseline',
  'checkGoal',
  'saveGoal',
  'deleteGoal',
] as const;

describe('goals in the server surface', () => {
  const saved = { ...globalThis } as Record<string, unknown>;
  afterEach(() => {
    jest.useRealTimers();
    for (const key of ['SpreadsheetApp', 'HtmlService', 'PropertiesService', 'LockService', 'Session']) {
      (globalThis as Record<string, unknown>)[key] = saved[key];
    }
  });

  test('every goal function is a global Apps Script can call, and the menu opens the sidebar', () => {
    for (const name of GOAL_FUNCTIONS) {
      expect(typeof serverFunctions[name]).toBe('function');
      expect(name.endsWith('_')).toBe(false);
    }
    expect(MENU_ITEMS).toContainEqual({ caption: 'goals', functionName: 'showGoalsSidebar' });
  });

  test('wired end to end on the Apps Script globals: without data, goals say so', () => {
    const { gas } = createWorld('hochiminh-vi', {
      html: { files: { GoalsSidebar: '<p>Goals</p>' } },
      now: new Date('2025-10-06T20:00:00Z'),
    });
    Object.assign(globalThis, gas.globals());
    // appsScriptServices() reads the real clock.
    jest.useFakeTimers({ now: new Date('2025-10-06T20:00:00Z') });

    appFunctions.showGoalsSidebar();
    expect(gas.ui.lastSidebar()).toMatchObject({ title: 'Mục tiêu SMART' });

    const sidebar = appFunctions.getGoalsSidebarData();
    expect(sidebar).toMatchObject({ today: '2025-10-07', locale: 'vi_VN', goals: [], channels: [] });
    expect(appFunctions.computeBaseline('engagement_rate', null, 'last_month')).toMatchObject({
      value: null,
    });

    // Until the report's data is wired into src/goals/adapter.ts, no KPI can be measured.
    const result = appFunctions.saveGoal({ goal: input() });
    expect(result).toMatchObject({
      status: 'invalid',
      issues: [{ field: 'kpiId', code: 'noKpiData' }],
    });
    expect(appFunctions.deleteGoal('G-NONE', 1)).toMatchObject({ status: 'notFound' });
    expect(gas.locks.isHeld()).toBe(false);
  });
});
