import type { Locator, Page } from '@playwright/test';
import { expectStill, setTabHidden } from './figureKit';
import { expect, hydrated, test } from './fixtures';

// Issue 11, defect 1: training went on in a hidden tab. Every training figure stops while the
// tab is hidden, says so, and goes on when the tab is shown again.

async function openFigure(page: Page, chapter: string, widget: string) {
  await page.goto(`/en/${chapter}/`);
  await hydrated(page);
  const root = page.locator(`[data-widget="${widget}"]`);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return root;
}

async function expectHeldForTab(widget: Locator) {
  const held = widget.getByTestId('training-held');
  await expect(held).toHaveAttribute('data-held', 'true', { timeout: 30_000 });
  await expect(held).toHaveText('Paused while the tab is hidden.');
}

test('CharRNN stops training while the tab is hidden, and goes on when it is shown', async ({
  page,
}) => {
  const widget = await openFigure(page, '01-basics', 'CharRNN');
  const step = async () => Number(await widget.getByTestId('loss').getAttribute('data-step'));
  const before = await step();
  await widget.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(step, { timeout: 30_000 }).toBeGreaterThan(before + 5);

  await setTabHidden(page, true);
  await expectHeldForTab(widget);
  const held = await step();
  await expectStill(step, held);

  await setTabHidden(page, false);
  await expect(widget.getByTestId('training-held')).toHaveAttribute('data-held', 'false');
  await expect.poll(step, { timeout: 30_000 }).toBeGreaterThan(held);
  await widget.getByRole('button', { name: /Pause/ }).click();
});

test('GradientFlow measures no column while the tab is hidden, and goes on when it is shown', async ({
  page,
}) => {
  const widget = await openFigure(page, '02-training', 'GradientFlow');
  const columns = async () =>
    Number(await widget.getByTestId('heatmap-srn').getAttribute('data-columns'));
  await widget.getByRole('button', { name: /^Train$/ }).click();
  await expect.poll(columns, { timeout: 30_000 }).toBeGreaterThan(2);

  await setTabHidden(page, true);
  await expectHeldForTab(widget);
  await expect(widget.locator('.flow')).toHaveAttribute('data-held', 'true');
  const held = await columns();
  await expectStill(columns, held);

  await setTabHidden(page, false);
  await expect(widget.locator('.flow')).toHaveAttribute('data-held', 'false');
  await expect.poll(columns, { timeout: 30_000 }).toBeGreaterThan(held);
  await widget.getByRole('button', { name: /Pause/ }).click();
});

test('Embeddings holds its training while the tab is hidden, and finishes when it is shown', async ({
  page,
}) => {
  const widget = await openFigure(page, '01-basics', 'Embeddings');
  const status = widget.getByTestId('training-status');
  await expect(status).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
  const step = async () =>
    Number(
      await widget.getByRole('progressbar', { name: 'Training progress' }).getAttribute('value'),
    );

  // Its 200 steps take a moment: train again and hide the tab in the same task.
  await widget.getByRole('button', { name: 'Train again' }).evaluate((button) => {
    (button as HTMLButtonElement).click();
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expectHeldForTab(widget);
  const held = await step();
  expect(held).toBeLessThan(200);
  await expectStill(step, held);

  await setTabHidden(page, false);
  await expect(status).toHaveAttribute('data-done', 'true', { timeout: 60_000 });
  await expect(widget.getByTestId('training-held')).toHaveAttribute('data-held', 'false');
});
