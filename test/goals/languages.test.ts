import { getGoalsSidebarData, saveGoal, showGoalsSidebar, checkGoal } from '../../src/goals/server';
import { goalHeaders, GOALS_TAB_NAME } from '../../src/goals/sheet';
import { readGoals } from '../../src/goals/store';
import type { CheckResult, GoalsSidebarData } from '../../src/goals/types';
import {
  achievabilityText,
  baselineText,
  issueText,
  kpiName,
  sidebarTexts,
} from '../../src/ui/GoalsSidebar/texts';
import { computeBaseline } from '../../src/goals/server';
import { dataWith, input, monthly } from './helpers';
import { createWorld } from '../support/world';

/*
 * The goals server in a Swedish and a Vietnamese sheet: what it writes itself (the Goals tab's
 * header row, "All channels", the sidebar's title and the page's locale) is in the sheet's
 * language, and what it returns as codes is worded by the sidebar's texts in that language.
 */

const history = monthly('2025-01', [0.03, 0.031, 0.033, 0.034, 0.036, 0.037, 0.039, 0.04, 0.041]);
const data = dataWith(history, { missing: { bounce_rate: ['Bounces', 'Sessions'] }, bases: () => 1000 });

function tab(world: ReturnType<typeof createWorld>): unknown[][] {
  return world.gas.spreadsheet.getSheetByName(GOALS_TAB_NAME)!.getDataRange().getValues();
}

describe.each([
  {
    locale: 'sv_SE',
    language: 'sv' as const,
    title: 'SMART-mål',
    headers: ['ID', 'Vad', 'KPI', 'Kanal', 'Baslinje'],
    allChannels: 'Alla kanaler',
    status: 'Ingen data än',
    family: 'Engagemang',
    kpi: 'Engagemangsgrad',
    window: 'De senaste 3 månaderna',
  },
  {
    locale: 'vi_VN',
    language: 'vi' as const,
    title: 'Mục tiêu SMART',
    headers: ['ID', 'Nội dung', 'KPI', 'Kênh', 'Mức cơ sở'],
    allChannels: 'Tất cả kênh',
    status: 'Chưa có dữ liệu',
    family: 'Tương tác',
    kpi: 'Tỷ lệ tương tác',
    window: '3 tháng gần nhất',
  },
])('goals in $locale', (expected) => {
  const world = () => createWorld('stockholm-sv', { locale: expected.locale, today: '2025-10-06' });

  test('the sidebar opens with its title and the sheet’s locale in the page', () => {
    const { gas, services } = createWorld('stockholm-sv', {
      locale: expected.locale,
      html: { files: { GoalsSidebar: '<main id="app" data-locale="<?= locale ?>"></main>' } },
    });
    showGoalsSidebar(services);
    const sidebar = gas.ui.lastSidebar()!;
    expect(sidebar.title).toBe(expected.title);
    expect(sidebar.html).toBe(`<main id="app" data-locale="${expected.locale}"></main>`);
  });

  test('the load call reports the language; codes come back that the page words in it', () => {
    const anna = world().as('anna@example.se');
    const sidebar: GoalsSidebarData = getGoalsSidebarData(anna, data);
    expect(sidebar.language).toBe(expected.language);
    const T = sidebarTexts(sidebar.language);
    const engagement = sidebar.kpis.find((group) => group.family === 'engagement')!;
    expect(T.goals.families[engagement.family]).toBe(expected.family);
    expect(kpiName(T, 'engagement_rate')).toBe(expected.kpi);
    expect(T.goals.baselineWindows[sidebar.baselineWindows[1].id]).toBe(expected.window);

    const baseline = computeBaseline(anna, data, 'engagement_rate', null, 'last_3_months');
    expect(baselineText(T, baseline)).toBe(
      T.goals.baselineMessages.measured(['2025-07', '2025-08', '2025-09']),
    );
    expect(baselineText(T, baseline)).not.toMatch(/Measured/);
    const bounded = { ...baseline, value: null, months: [], onlyUpperBound: true };
    expect(baselineText(T, bounded)).toBe(T.goals.baselineMessages.onlyUpperBound(bounded.windowMonths));
    expect(baselineText(T, bounded)).toContain('2026-10');
    expect(baselineText(T, bounded)).not.toBe(T.goals.baselineMessages.noData(bounded.windowMonths));
  });

  test('a Goals tab made in this language: header row and “all channels” in it, read back', () => {
    const w = world();
    const anna = w.as('anna@example.se');
    const result = saveGoal(anna, data, { goal: input({ channel: null, baseline: 0.04 }) });
    expect(result.status).toBe('saved');
    const values = tab(w);
    expect(values[0]).toEqual(goalHeaders(expected.language));
    expect(values[0].slice(0, 5)).toEqual(expected.headers);
    expect(values[1][3]).toBe(expected.allChannels);
    const [stored] = readGoals(anna).goals;
    expect(stored.goal.channel).toBeNull();

    const T = sidebarTexts(expected.language);
    const view = result.status === 'saved' ? result.goal : null;
    expect(T.goals.statuses[view!.progress.status]).toBe(expected.status);
  });

  test('issues and achievability, worded from their codes with the sheet’s decimal comma', () => {
    const anna = world().as('anna@example.se');
    const T = sidebarTexts(expected.language);
    const checked: CheckResult = checkGoal(anna, data, {
      goal: input({ baseline: 0.04, target: '3 %', what: '' }),
    });
    const required = checked.issues.find((i) => i.code === 'required')!;
    expect(issueText(T, required, 'engagement_rate')).toBe(
      T.goals.issues.required({ label: T.goals.fields.what }),
    );
    const wrong = checked.issues.find((i) => i.code === 'wrongDirection')!;
    const question = issueText(T, wrong, 'engagement_rate');
    expect(question).toContain(expected.kpi);
    expect(question).toContain('3 %');
    expect(question).toContain('4 %');
    expect(question).not.toMatch(/Higher is better|Engagement rate/);

    const ambitious = checkGoal(anna, data, { goal: input({ baseline: 0.04, target: '+35 %' }) });
    const text = achievabilityText(T, ambitious.achievability!, expected.locale);
    expect(ambitious.achievability!.reason).toBe('ambitious');
    expect(text).toMatch(/\d,\d %/);
    expect(text).not.toMatch(/Needs|a month/);
  });
});

describe('a team that mixes languages keeps one Goals tab', () => {
  test('a tab made in Swedish is read and extended from English and Vietnamese sheets', () => {
    const w = createWorld('stockholm-sv', { locale: 'sv_SE', today: '2025-10-06' });
    const anna = w.as('anna@example.se');
    expect(saveGoal(anna, data, { goal: input({ channel: null }) }).status).toBe('saved');

    w.gas.spreadsheet.setSpreadsheetLocale('en_US');
    const bo = w.as('bo@example.se');
    expect(readGoals(bo).goals.map((g) => g.goal.channel)).toEqual([null]);
    expect(saveGoal(bo, data, { goal: input({ what: 'Reach', channel: 'Instagram' }) }).status).toBe('saved');

    w.gas.spreadsheet.setSpreadsheetLocale('vi_VN');
    const binh = w.as('binh@example.vn');
    const table = readGoals(binh);
    expect(table.problems).toEqual([]);
    expect(table.goals.map((g) => [g.goal.what, g.goal.channel])).toEqual([
      ['Raise average post engagement', null],
      ['Reach', 'Instagram'],
    ]);
    // The header row stays the one its creator wrote; no second tab appears.
    expect(tab(w)[0]).toEqual(goalHeaders('sv'));
    expect(w.gas.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', GOALS_TAB_NAME]);
  });

  test('columns are found by header in any language, even reordered', () => {
    const w = createWorld('utc-en');
    const gas = w.gas;
    const services = w.as('a@example.com');
    const sheet = gas.SpreadsheetApp.getActive().insertSheet(GOALS_TAB_NAME);
    // Vietnamese headers with What and Owner swapped; a Swedish "all channels" in the channel column.
    const headers = goalHeaders('vi');
    const swapped = [...headers];
    [swapped[1], swapped[11]] = [headers[11], headers[1]];
    const row = [
      'G-1',
      'anna@example.se',
      'engagement_rate',
      'Alla kanaler',
      0.04,
      'manual',
      '',
      '+35 %',
      0.054,
    ];
    row.push(
      '2025-10-01',
      '2026-02-01',
      'Raise engagement',
      '',
      1,
      'anna@example.se',
      '2025-10-01T00:00:00Z',
    );
    sheet.getRange(1, 1, 2, 16).setValues([swapped, row]);
    const [goal] = readGoals(services).goals.map((g) => g.goal);
    expect(goal).toMatchObject({ what: 'Raise engagement', owner: 'anna@example.se', channel: null });
  });
});
