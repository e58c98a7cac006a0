import type { Locator } from '@playwright/test';
import {
  activeModules,
  engineParameterCounts,
  runClock,
  type ClockNetwork,
} from '../src/core/lessons';
import { expect, openInChapter, overflowingElements, test } from './fixtures';

const CHAPTER = '04-clockwork';

/** The module numbers that run at t, as the widget writes them in data-active. */
const expectedActive = (periods: readonly number[], t: number) =>
  activeModules(periods, t)
    .map((on, i) => (on ? String(i + 1) : ''))
    .filter(Boolean)
    .join(',');

/** Parameter counts as the page shows them (full precision in data-value). */
async function shownCounts(widget: Locator) {
  const total = widget.getByTestId('counts-table').locator('tbody tr').nth(2).locator('td');
  return {
    clockwork: Number(await total.nth(0).getAttribute('data-value')),
    srn: Number(await total.nth(1).getAttribute('data-value')),
  };
}

const net = (periods: number[], k = 2): ClockNetwork => ({
  periods,
  unitsPerModule: k,
  inputs: 1,
  outputs: 1,
});

test('ClockSchedule: the modules at step t are those with t mod T_i = 0, for edited periods too; counts equal the engine’s', async ({
  page,
}) => {
  const widget = await openInChapter(page, 'ClockSchedule', 'en', CHAPTER);
  const active = widget.getByTestId('active-modules');
  const forward = widget.getByRole('button', { name: /Step forward/ });
  for (let t = 0; t <= 9; t++) {
    await expect(active).toHaveAttribute('data-active', expectedActive([1, 2, 4, 8], t));
    if (t < 9) await forward.click();
  }
  // The held values are the engine's state at t = 9.
  const run = runClock(net([1, 2, 4, 8]), { kind: 'seeded', seed: 1 }, 'wave', 17);
  const held = await widget
    .getByTestId('module-states')
    .locator('li')
    .evaluateAll((lis) => lis.flatMap((li) => (li as HTMLElement).dataset['values']!.split(',')));
  held.map(Number).forEach((v, u) => expect(Math.abs(v - run.states[9]![u]!)).toBeLessThan(1e-12));
  expect(await shownCounts(widget)).toEqual(engineParameterCounts(net([1, 2, 4, 8])));

  // Periods 1, 3, 9 typed in: a new schedule, new counts.
  const periods = widget.getByTestId('periods');
  await periods.fill('1, 3, 9');
  await expect(active).toHaveAttribute('data-active', expectedActive([1, 3, 9], 9));
  await expect(widget.getByTestId('blocks').locator('[data-state="used"]')).toHaveCount(6);
  const last = widget.getByRole('button', { name: /Last step/ });
  await last.click();
  await expect(active).toHaveAttribute('data-active', expectedActive([1, 3, 9], 18));
  await widget.getByRole('button', { name: /Step back/ }).click();
  await expect(active).toHaveAttribute('data-active', expectedActive([1, 3, 9], 17));
  expect(await shownCounts(widget)).toEqual(engineParameterCounts(net([1, 3, 9])));

  // Bad input: a message in place, the figure keeps its periods.
  await periods.fill('8, 4');
  await expect(widget.getByTestId('periods-message')).toContainText('fastest first');
  await expect(active).toHaveAttribute('data-active', expectedActive([1, 3, 9], 17));
});

test('ClockSchedule on the Chinese page: the chapter’s preset gives the hand-worked table; nothing scrolls sideways at 360 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const widget = await openInChapter(page, 'ClockSchedule', 'zh', CHAPTER);
  await widget.getByLabel('预设').selectOption('chapter');
  const active = widget.getByTestId('active-modules');
  await expect(active).toHaveAttribute('data-active', '1,2,3');
  for (let t = 1; t <= 4; t++) await widget.getByRole('button', { name: /前进一步/ }).click();
  await expect(active).toHaveAttribute('data-active', expectedActive([1, 2, 4], 4));
  await expect(active).toContainText('模块 1, 2, 3 运行');
  const states = widget.getByTestId('module-states').locator('li');
  await expect(states).toHaveText([/0\.802/, /0\.606/, /0\.363/]);
  expect(await shownCounts(widget)).toEqual(engineParameterCounts(net([1, 2, 4], 1)));
  expect(await overflowingElements(widget)).toEqual([]);
});
