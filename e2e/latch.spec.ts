import { jobsFor, runJob, tabulate } from '../src/core/experiments';
import { latchMeta } from '../src/widgets/Latch/meta';
import {
  expectStill,
  expectUsableSliders,
  setTabHidden,
  SLIDER_WIDTHS,
  tapSliderAtQuarter,
} from './figureKit';
import { expect, openMoreSettings, recordStatuses, test } from './fixtures';

const small = { maxLag: 16, runs: 6, budget: 600 };
const query = Object.entries(small)
  .map(([k, v]) => `${k}=${v}`)
  .join('&');

test('the latch experiment runs in a worker and shows the core engine’s results', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const statuses = await recordStatuses(page);
  await page.goto(`/embed.html?widget=Latch&${query}`);
  const widget = page.locator('[data-widget="Latch"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const total = 4 * 6 * 2;
  await expect(widget.getByTestId('latch-progress')).toContainText(`${total} training runs`);

  await widget.getByRole('button', { name: /Run the experiment/ }).click();
  await expect(widget.getByTestId('latch-progress')).toHaveText(`All ${total} runs done.`, {
    timeout: 60_000,
  });
  await expect(widget).toHaveAttribute('data-status', 'ready');
  expect((await statuses()).join(' → ')).toMatch(/ready → running → ready$/);
  // Latch's job ran in the one worker of src/sim (simWorker.ts), which hosts every job.
  expect(workers.some((url) => /simWorker/.test(url))).toBe(true);

  const settings = latchMeta.props.parse(small);
  const expected = tabulate(
    settings,
    jobsFor(settings).map((job) => runJob(settings, job)),
  );
  const rows = widget.getByTestId('latch-table').locator('tbody tr');
  await expect(rows).toHaveCount(expected.length);
  for (const [i, want] of expected.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(`${want.gd!.solved} / ${want.gd!.runs}`);
    await expect(cells.nth(2)).toHaveText(`${want.rs!.solved} / ${want.rs!.runs}`);
  }
  // What the widget exists to show: guessing solves the long lag more often than descent does.
  const longest = expected[expected.length - 1]!;
  expect(longest.rs!.solved).toBeGreaterThan(longest.gd!.solved);
});

test('the latch settings work from the keyboard and garbage in the URL gets a message', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=Latch&runs=abc&maxLag=999');
  const widget = page.locator('[data-widget="Latch"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByText(/Ignored “runs=abc”/)).toBeVisible();
  await expect(widget.getByText(/Ignored “maxLag=999”/)).toBeVisible();
  await expect(widget.getByTestId('latch-progress')).toContainText('240 training runs');

  await openMoreSettings(widget);
  const runs = widget.getByLabel('Runs per lag and method');
  await runs.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByTestId('latch-progress')).toContainText('228 training runs');
});

test('every slider keeps a track a finger can use, and one tap sets it (issue 11 #7)', async ({
  page,
}) => {
  // One page load, resized to each width (a phone turned, a window widened): the tracks follow
  // the CSS layout, which a resize applies as a reload would.
  await page.setViewportSize({ width: SLIDER_WIDTHS[0], height: 800 });
  await page.goto('/embed.html?widget=Latch');
  const widget = page.locator('[data-widget="Latch"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  for (const width of SLIDER_WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await expectUsableSliders(page, widget);
  }
  const runs = await tapSliderAtQuarter(widget.getByLabel('Runs per lag and method'));
  await expect(widget.getByTestId('latch-progress')).toContainText(`${6 * runs * 2} training runs`);
  const budget = await tapSliderAtQuarter(widget.getByLabel('Budget per run (sequences)'));
  await expect(widget.getByLabel('Budget per run (sequences)')).toHaveValue(String(budget));
});

test('the latch experiment waits while the tab is hidden, says so, and goes on when shown', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=Latch&runs=40&budget=5000');
  const widget = page.locator('[data-widget="Latch"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const progress = widget.getByTestId('latch-progress');
  const done = async () => Number(/^(\d+) of/.exec(await progress.innerText())?.[1] ?? -1);
  await widget.getByRole('button', { name: /Run the experiment/ }).click();
  await expect.poll(done, { timeout: 30_000 }).toBeGreaterThan(0);

  await setTabHidden(page, true);
  await expect(progress).toContainText('waiting while the tab is hidden', { timeout: 30_000 });
  const held = await done();
  await expectStill(done, held);

  await setTabHidden(page, false);
  await expect.poll(done, { timeout: 30_000 }).toBeGreaterThan(held);
  // Paused by the reader, it says so, and nothing moves.
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(progress).toHaveText(/^Paused after \d+ of 480 runs\.$/);
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await widget.getByRole('button', { name: /Stop/ }).click();
  await expect(widget.getByRole('button', { name: /Run the experiment/ })).toBeFocused();
});
