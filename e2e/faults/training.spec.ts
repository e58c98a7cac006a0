import type { Locator, Page } from '@playwright/test';
import { expect, hydrated, test } from '../fixtures';

// Issue 11's fault table, training: the figures whose work runs as jobs (Latch, AlgorithmRace,
// EchoState) hold it while the tab is hidden (e2e/hiddenTab.spec.ts covers the sessions of
// CharRNN, GradientFlow and Embeddings); the largest learning rate a link can set ends with
// finite numbers on the page, never NaN (CharRNN's guard is e2e/charRnn.spec.ts's).

function setTabHidden(page: Page, hidden: boolean) {
  return page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', {
      value: h ? 'hidden' : 'visible',
      configurable: true,
    });
    Object.defineProperty(document, 'hidden', { value: h, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  }, hidden);
}

async function openFigure(page: Page, url: string, name: string) {
  await page.goto(url);
  await hydrated(page);
  const widget = page.locator(`[data-widget="${name}"]`);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return widget;
}

/** The first number in a status line ("12 of 240 runs done…"). */
const firstNumber = async (line: Locator) =>
  Number(((await line.textContent()) ?? '').replace(/,/g, '').match(/\d+/)?.[0] ?? NaN);

/** Read a dozen times over three seconds: the count does not move. */
async function expectStill(read: () => Promise<number>, at: number) {
  const seen: number[] = [];
  await expect
    .poll(
      async () => {
        seen.push(await read());
        return seen.length;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBeGreaterThanOrEqual(12);
  expect(seen.every((n) => n === at)).toBe(true);
}

test('Latch holds its runs while the tab is hidden and finishes them when it is shown', async ({
  page,
}) => {
  const widget = await openFigure(page, '/en/02-training/', 'Latch');
  const progress = widget.getByTestId('latch-progress');
  await widget.getByRole('button', { name: /Run the experiment/ }).click();
  await expect.poll(() => firstNumber(progress), { timeout: 30_000 }).toBeGreaterThan(0);
  await setTabHidden(page, true);
  await expect(progress).toContainText('waiting while the figure is off screen or the tab hidden');
  await expectStill(() => firstNumber(progress), await firstNumber(progress));
  await setTabHidden(page, false);
  await expect(progress).toContainText(/runs done…|All \d+ runs done\./, { timeout: 30_000 });
  await widget
    .getByRole('button', { name: 'Stop' })
    .click()
    .catch(() => undefined);
});

test('AlgorithmRace holds the race while the tab is hidden and goes on when it is shown', async ({
  page,
}) => {
  const widget = await openFigure(page, '/en/02-training/', 'AlgorithmRace');
  const status = widget.getByTestId('race-status');
  await widget.getByRole('button', { name: /Start the race/ }).click();
  await expect.poll(() => firstNumber(status), { timeout: 30_000 }).toBeGreaterThan(0);
  await setTabHidden(page, true);
  await expect(status).toContainText('Waiting', { timeout: 30_000 });
  const held = await firstNumber(status);
  await expectStill(() => firstNumber(status), held);
  await setTabHidden(page, false);
  await expect.poll(() => firstNumber(status), { timeout: 30_000 }).toBeGreaterThan(held);
  await widget.getByRole('button', { name: 'Pause' }).click();
});

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
