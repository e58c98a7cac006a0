import { longLagJobs, runLongLag, tabulateLongLag } from '../src/core/experiments';
import { longLagMeta } from '../src/widgets/LongLag/meta';
import { setTabHidden } from './figureKit';
import { expect, recordStatuses, seriousAxe, test } from './fixtures';

const small = { T: 10, runs: 1, budget: 1000 };
const query = Object.entries(small)
  .map(([k, v]) => `${k}=${v}`)
  .join('&');

test('the long-lag experiment runs in a worker and shows the core engine’s results', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const statuses = await recordStatuses(page);
  await page.goto(`/embed.html?widget=LongLag&${query}`);
  const widget = page.locator('[data-widget="LongLag"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await widget.getByRole('button', { name: /Run the experiment/ }).click();
  await expect(widget.getByTestId('long-lag-progress')).toHaveText('All 3 runs done.', {
    timeout: 60_000,
  });
  expect((await statuses()).join(' → ')).toMatch(/ready → running → ready$/);
  expect(workers.some((url) => /simWorker/.test(url))).toBe(true);

  const settings = longLagMeta.props.parse(small);
  const expected = tabulateLongLag(
    settings,
    longLagJobs(settings).map((job) => runLongLag(settings, job)),
  );
  const rows = widget.getByTestId('long-lag-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  for (const [i, want] of expected.entries()) {
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(`${want.summary!.solved} / 1`);
    await expect(cells.nth(2)).toHaveText(`${Math.round(100 * want.meanShareRight)}%`);
  }
  // The published ordering sits beside ours: the LSTM solves it, the SRN fails.
  await expect(rows.nth(2).locator('td').nth(3)).toHaveText(/^solves it/);
  await expect(rows.nth(0).locator('td').nth(3)).toHaveText(/^fails/);
  // With its results in, the figure has no serious accessibility problem.
  const axe = await seriousAxe(page).include('[data-widget="LongLag"]').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('in Chinese: the forget bias is one click, the hidden tab holds the runs and says so, garbage gets a message', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=LongLag&lang=zh&runs=10&budget=40000&T=abc');
  const widget = page.locator('[data-widget="LongLag"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByText(/“T=abc”/)).toBeVisible();
  await widget.getByLabel('0', { exact: true }).check();
  await expect(widget.getByTestId('long-lag-forget')).toContainText('σ(0) = 0.5');
  const progress = widget.getByTestId('long-lag-progress');
  await widget.getByRole('button', { name: /运行实验/ }).click();
  await expect(widget).toHaveAttribute('data-status', 'running');
  await setTabHidden(page, true);
  await expect(progress).toContainText('标签页被隐藏', { timeout: 30_000 });
  await setTabHidden(page, false);
  await expect(progress).toContainText('次…', { timeout: 30_000 });
  await widget.getByRole('button', { name: /暂停/ }).click();
  await expect(progress).toHaveText(/^已暂停：完成了 \d+ \/ 30 次。$/);
  await expect(widget).toHaveAttribute('data-status', 'ready');
  // The published ordering is in the Chinese table too.
  const rows = widget.getByTestId('long-lag-table').locator('tbody tr');
  await expect(rows.nth(2).locator('td').nth(3)).toHaveText(/^能解决/);
  await expect(rows.nth(0).locator('td').nth(3)).toHaveText(/^失败/);
});
