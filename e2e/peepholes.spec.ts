import { peepholeExperiment, summarisePeepholes } from '../src/core/experiments';
import { peepholesMeta } from '../src/widgets/Peepholes/meta';
import { expect, test } from './fixtures';

test('the peephole runs go in the worker and the table equals the core engine’s', async ({
  page,
}) => {
  const small = { runs: 1, budget: 500, hidden: 2, minGap: 2, maxGap: 3 };
  const query = Object.entries(small)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  await page.goto(`/embed.html?widget=Peepholes&${query}`);
  const widget = page.locator('[data-widget="Peepholes"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await widget.getByRole('button', { name: /Train both cells/ }).click();
  await expect(widget.getByTestId('peepholes-progress')).toHaveText('All 2 runs done.', {
    timeout: 30_000,
  });
  const gen = peepholeExperiment(peepholesMeta.props.parse(small));
  let step = gen.next();
  while (!step.done) step = gen.next();
  const rows = widget.getByTestId('peepholes-table').locator('tbody tr');
  for (const [i, cell] of (['plain', 'peepholes'] as const).entries()) {
    const sum = summarisePeepholes(step.value, cell);
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(`${sum.solved} / 1`);
    await expect(cells.nth(1)).toHaveText(
      sum.meanError.toLocaleString('en', { maximumFractionDigits: 2 }),
    );
  }
  await expect(widget.getByTestId('peepholes-times')).toContainText('The latest trained pair');
});

test('garbage in the URL gets a message and the defaults', async ({ page }) => {
  await page.goto('/embed.html?widget=Peepholes&lr=NaN&minGap=99');
  const widget = page.locator('[data-widget="Peepholes"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByText(/Ignored “lr=NaN”/)).toBeVisible();
  await expect(widget.getByText(/Ignored “minGap=99”/)).toBeVisible();
  await expect(widget.getByTestId('peepholes-progress')).toContainText('8 training runs');
});
