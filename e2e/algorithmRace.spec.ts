import { costsAt, RACE_ALGORITHMS } from '../src/core/experiments';
import {
  expectStill,
  expectUsableSliders,
  setTabHidden,
  SLIDER_WIDTHS,
  tapSliderAtQuarter,
} from './figureKit';
import { expect, openMoreSettings, test } from './fixtures';

const racing = (text: string) => Number(/(\d+) sequences each/.exec(text)?.[1] ?? 0);

test('the race trains all five in a worker, RTRL and BPTT agree, and pause holds', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await page.goto('/embed.html?widget=AlgorithmRace');
  const widget = page.locator('[data-widget="AlgorithmRace"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const table = widget.getByTestId('race-table');
  const status = widget.getByTestId('race-status');

  // Counted costs are there before the race, and equal the engine's counts.
  const costs = costsAt(4, 30, 5);
  for (const [i, a] of RACE_ALGORITHMS.entries()) {
    const cells = table.locator('tbody tr').nth(i).locator('td');
    await expect(cells.nth(3)).toHaveText(Math.round(costs[a].multiplyAdds).toLocaleString('en'));
    await expect(cells.nth(4)).toHaveText(Math.round(costs[a].floatsStored).toLocaleString('en'));
  }

  await widget.getByRole('button', { name: /Start the race/ }).click();
  await expect(widget).toHaveAttribute('data-status', 'running');
  // The race runs in the one worker of src/sim (simWorker.ts), which hosts every job.
  await expect.poll(() => workers.some((url) => /simWorker/.test(url))).toBe(true);
  await expect
    .poll(async () => racing(await status.innerText()), { timeout: 60_000 })
    .toBeGreaterThan(200);

  const agreement = widget.getByTestId('race-agreement');
  await expect(agreement).toHaveAttribute('data-relative', /\d/);
  expect(Number(await agreement.getAttribute('data-relative'))).toBeLessThan(1e-6);

  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(status).toContainText('Paused after');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const rows = table.locator('tbody tr');
  const counts = await rows.evaluateAll((trs) =>
    trs.map((tr) => tr.querySelectorAll('td')[0]!.textContent),
  );
  expect(new Set(counts).size).toBe(1); // every algorithm has seen as many sequences
  // BPTT has learned the delay task: its smoothed loss is far below ln 2 ≈ 0.693.
  expect(Number(await rows.nth(0).locator('td').nth(1).innerText())).toBeLessThan(0.2);
  // Paused means paused: the counts do not move.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
  expect(
    await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[0]!.textContent)),
  ).toEqual(counts);

  await widget.getByRole('button', { name: /Reset the race/ }).click();
  await expect(status).toContainText('Press “Start”');
  // Reset disabled itself: focus went to the start button, not to the page (issue 11 #8).
  await expect(widget.getByRole('button', { name: /Reset the race/ })).toBeDisabled();
  await expect(widget.getByRole('button', { name: /Start the race/ })).toBeFocused();
});

test('changing the size from the keyboard updates the counted costs', async ({ page }) => {
  await page.goto('/embed.html?widget=AlgorithmRace&lang=zh');
  const widget = page.locator('[data-widget="AlgorithmRace"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await openMoreSettings(widget);
  const slider = widget.getByLabel('隐藏单元数 n');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('5');
  const rtrl = costsAt(5, 30, 5).rtrl.multiplyAdds;
  await expect(
    widget.getByTestId('race-table').locator('tbody tr').nth(2).locator('td').nth(3),
  ).toHaveText(Math.round(rtrl).toLocaleString('en'));
});

test('every slider keeps a track a finger can use, and one tap sets it (issue 11 #7)', async ({
  page,
}) => {
  // One page load, resized to each width (a phone turned, a window widened): the tracks follow
  // the CSS layout, which a resize applies as a reload would.
  await page.setViewportSize({ width: SLIDER_WIDTHS[0], height: 800 });
  await page.goto('/embed.html?widget=AlgorithmRace');
  const widget = page.locator('[data-widget="AlgorithmRace"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  for (const width of SLIDER_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await expectUsableSliders(page, widget);
  }
  const hidden = await tapSliderAtQuarter(widget.getByLabel('Hidden units n'));
  const rtrl = costsAt(hidden, 30, 5).rtrl.multiplyAdds;
  await expect(
    widget.getByTestId('race-table').locator('tbody tr').nth(2).locator('td').nth(3),
  ).toHaveText(Math.round(rtrl).toLocaleString('en'));
});

test('the race waits while the tab is hidden, says so, and goes on when it is shown', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=AlgorithmRace');
  const widget = page.locator('[data-widget="AlgorithmRace"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const status = widget.getByTestId('race-status');
  const count = async () => racing(await status.innerText());
  await widget.getByRole('button', { name: /Start the race/ }).click();
  await expect.poll(count, { timeout: 30_000 }).toBeGreaterThan(20);

  await setTabHidden(page, true);
  await expect(status).toContainText('Waiting while the tab is hidden', { timeout: 30_000 });
  const held = await count();
  await expectStill(count, held);

  await setTabHidden(page, false);
  await expect.poll(count, { timeout: 30_000 }).toBeGreaterThan(held);
  await expect(status).toContainText('Racing…');
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(status).toContainText('Paused after');
});
