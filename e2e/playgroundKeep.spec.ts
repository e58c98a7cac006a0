import { en } from '../src/i18n/en';
import { expect, hydrated, test } from './fixtures';

/**
 * The Playground's link with trained weights, followed in a new tab: the weights ride in the
 * fragment, and the restored session's loss on the evaluation batch equals the loss the Code
 * tool printed for the original run's weights (the same engine: equal to the last digit), and
 * the run goes on from step 3 with the optimiser's state the link carries.
 */
const s = en.playground;
const k = en.playgroundKeep;
const SMALL =
  '/en/playground/?Playground.cell=gru&Playground.hidden=6&Playground.task=latch&Playground.taskParams=%7B%22T%22%3A9%7D';

test('a link with the trained weights restores them exactly, and training goes on', async ({
  page,
  context,
}) => {
  await page.goto(SMALL);
  await hydrated(page);
  const widget = page.locator('[data-widget="Playground"]');
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  const status = widget.getByTestId('playground-status');
  for (let n = 1; n <= 3; n++) {
    await widget.getByRole('button', { name: s.step, exact: true }).click();
    await expect(status).toHaveAttribute('data-step', String(n));
  }
  await widget.getByTestId('code-tool').click();
  const loss = await widget.getByTestId('code-export').getAttribute('data-loss');
  await widget.getByRole('button', { name: k.linkWithWeights }).click();
  const link = await widget.getByTestId('playground-keep-link').inputValue();
  expect(new URL(link).hash).toMatch(/^#Playground\.weights=w2\.f64\..*\.adam\./);

  const other = await context.newPage();
  await other.goto(link);
  const restored = other.locator('[data-widget="Playground"]');
  const message = restored.getByTestId('playground-keep-message');
  await expect(message).toHaveAttribute('data-loss', loss!, { timeout: 30_000 });
  await expect(restored.getByTestId('playground-cell')).toHaveValue('gru');
  await expect(message).toContainText(k.optimiserKept);
  const restoredStatus = restored.getByTestId('playground-status');
  await expect(restoredStatus).toHaveAttribute('data-step', '3');
  await restored.getByRole('button', { name: s.step, exact: true }).click();
  await expect(restoredStatus).toHaveAttribute('data-step', '4');
});
