import { forgetGateExperiment, summariseForget } from '../src/core/experiments';
import { forgetGateMeta } from '../src/widgets/ForgetGate/meta';
import { expectStill, setTabHidden } from './figureKit';
import { expect, test } from './fixtures';

test('the forget-gate runs go in the worker and the table equals the core engine’s', async ({
  page,
}) => {
  const small = { runs: 1, budget: 250, hidden: 2, stretch: 20, testStrings: 20 };
  const query = Object.entries(small)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  await page.goto(`/embed.html?widget=ForgetGate&${query}`);
  const widget = page.locator('[data-widget="ForgetGate"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await widget.getByRole('button', { name: /Train both cells/ }).click();
  await expect(widget.getByTestId('forget-progress')).toHaveText('All 2 runs done.', {
    timeout: 30_000,
  });
  const gen = forgetGateExperiment(forgetGateMeta.props.parse(small));
  let step = gen.next();
  while (!step.done) step = gen.next();
  const rows = widget.getByTestId('forget-table').locator('tbody tr');
  for (const [i, cell] of (['noForget', 'forget'] as const).entries()) {
    const sum = summariseForget(step.value, cell);
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(`${sum.solved} / 1`);
    await expect(cells.nth(3)).toHaveText(
      sum.meanDriftEnd.toLocaleString('en', { maximumFractionDigits: 2 }),
    );
  }
  await expect(widget.getByTestId('forget-drift')).toContainText('The latest trained pair');
});

test('the forget-gate runs wait while the tab is hidden, say so, and pause on request', async ({
  page,
}) => {
  await page.goto(
    '/embed.html?widget=ForgetGate&runs=20&budget=500&hidden=2&stretch=20&testStrings=20',
  );
  const widget = page.locator('[data-widget="ForgetGate"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const progress = widget.getByTestId('forget-progress');
  const done = async () => Number(/^(\d+) of/.exec(await progress.innerText())?.[1] ?? -1);
  await widget.getByRole('button', { name: /Train both cells/ }).click();
  await expect.poll(done, { timeout: 30_000 }).toBeGreaterThan(0);
  await setTabHidden(page, true);
  await expect(progress).toContainText('waiting while the tab is hidden', { timeout: 30_000 });
  const held = await done();
  await expectStill(done, held);
  await setTabHidden(page, false);
  await expect.poll(done, { timeout: 30_000 }).toBeGreaterThan(held);
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(progress).toHaveText(/^Paused after \d+ of 40 runs\.$/);
  await expect(widget).toHaveAttribute('data-status', 'ready');
});
