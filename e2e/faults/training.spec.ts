import type { Locator } from '@playwright/test';
import { expectStill, setTabHidden } from '../figureKit';
import { expect, hydrated, test } from '../fixtures';

// Issue 11's fault table, training: EchoState's job waits while the tab is hidden (Latch's and
// AlgorithmRace's holds are in their own specs; e2e/hiddenTab.spec.ts covers the sessions of
// CharRNN, GradientFlow and Embeddings); the largest learning rate a link can set ends with
// finite numbers on the page, never NaN (CharRNN's guard is e2e/charRnn.spec.ts's).

/** The first number in a status line ("12 of 240 runs done…"). */
const firstNumber = async (line: Locator) =>
  Number(((await line.textContent()) ?? '').replace(/,/g, '').match(/\d+/)?.[0] ?? NaN);

test('EchoState computes nothing while the tab is hidden and its result arrives when shown', async ({
  page,
}) => {
  await page.goto('/en/01-basics/');
  await hydrated(page);
  await setTabHidden(page, true);
  const widget = page.locator('[data-widget="EchoState"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'running', { timeout: 30_000 });
  await expect(widget.getByTestId('nrmse')).toHaveCount(0);
  await expect.poll(() => widget.getAttribute('data-status'), { timeout: 3_000 }).toBe('running');
  await setTabHidden(page, false);
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 45_000 });
  await expect(widget.getByTestId('nrmse')).toHaveAttribute('data-value', /^\d/);
});

test('Cliff’s animation holds while the tab is hidden, says so, and goes on when shown', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=Cliff&steps=400');
  const widget = page.locator('[data-widget="Cliff"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const step = async () =>
    Number(/^Step (\d+)/.exec(await widget.getByTestId('position').innerText())?.[1] ?? NaN);
  await widget.getByRole('button', { name: /Step 0/ }).click();
  await widget.getByRole('button', { name: /Play/ }).click();
  await expect.poll(step).toBeGreaterThan(0);

  await setTabHidden(page, true);
  await expect(widget.getByTestId('training-held')).toHaveText('Paused while the tab is hidden.');
  const held = await step();
  await expectStill(step, held);

  await setTabHidden(page, false);
  await expect(widget.getByTestId('training-held')).toHaveAttribute('data-held', 'false');
  await expect.poll(step).toBeGreaterThan(held);
});

/** Figures with a learning rate, at the largest a link may set; what shows they trained. */
const steepest = [
  {
    name: 'GradientFlow',
    url: '/embed.html?widget=GradientFlow&lr=1',
    start: /^Train$/,
    // Either it measures columns or its divergence guard stops it, saying so.
    trained: (w: Locator) =>
      expect
        .poll(
          async () =>
            Number(await w.getByTestId('heatmap-srn').getAttribute('data-columns')) > 3 ||
            (await w.innerText()).includes('Training stopped:'),
          { timeout: 30_000 },
        )
        .toBe(true),
  },
  {
    name: 'Latch',
    url: '/embed.html?widget=Latch&lr=5',
    start: /Run the experiment/,
    trained: (w: Locator) =>
      expect(w.getByTestId('latch-progress')).toHaveText(/^All \d+ runs done\.$/, {
        timeout: 60_000,
      }),
  },
  {
    name: 'AlgorithmRace',
    url: '/embed.html?widget=AlgorithmRace&lr=5',
    start: /Start the race/,
    trained: (w: Locator) =>
      expect
        .poll(() => firstNumber(w.getByTestId('race-status')), { timeout: 30_000 })
        .toBeGreaterThan(20),
  },
] as const;

for (const figure of steepest) {
  test(`${figure.name} at its largest learning rate shows finite numbers or says it stopped`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.goto(figure.url);
    const widget = page.locator(`[data-widget="${figure.name}"]`);
    await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await widget.getByRole('button', { name: figure.start }).first().click();
    await figure.trained(widget);
    await expect(widget).not.toHaveAttribute('data-status', 'error');
    const text = (await widget.innerText()).replace(/NaN-producing/g, '');
    expect(text).not.toMatch(/\bNaN\b|Infinity|undefined/);
  });
}
