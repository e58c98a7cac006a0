import { jobsFor, runJob, tabulate } from '../src/core/experiments';
import { latchMeta } from '../src/widgets/Latch/meta';
import { expect, recordStatuses, test } from './fixtures';

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

  const runs = widget.getByLabel('Runs per lag and method');
  await runs.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(widget.getByTestId('latch-progress')).toContainText('228 training runs');
});
