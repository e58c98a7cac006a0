import type { Locator, Page } from '@playwright/test';
import { gradientFlowMeta } from '../src/widgets/GradientFlow/meta';
import { measureJacobians } from '../src/core/experiments';
import { tableLags } from '../src/widgets/GradientFlow/format';
import { expect, test } from './fixtures';

const defaults = gradientFlowMeta.props.parse({});

async function openFlow(page: Page, query = '') {
  await page.goto(`/embed.html?widget=GradientFlow${query}`);
  const widget = page.locator('[data-widget="GradientFlow"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

/** A lag's row of the numbers table: its measured norm, (γρ)^lag and (γ‖W‖₂)^lag cells. */
const lagRow = (widget: Locator, lag: number) =>
  widget
    .getByTestId('lag-table')
    .locator('tbody tr')
    .filter({ has: widget.page().locator('th', { hasText: new RegExp(`^${lag}$`) }) })
    .locator('td');

async function shownNorms(widget: Locator, T: number) {
  const out: Record<number, number> = {};
  for (const lag of tableLags(T))
    out[lag] = Number(await lagRow(widget, lag).nth(0).getAttribute('data-value'));
  return out;
}

const openMore = (widget: Locator) =>
  widget.getByTestId('more-settings').locator('summary').click();

test('measured ‖∂s_T/∂s_k‖ decays for γρ < 1 and grows for a large ρ, equal to the core’s', async ({
  page,
}) => {
  const widget = await openFlow(page);
  const T = defaults.T;
  const core = measureJacobians(defaults);
  const shown = await shownNorms(widget, T);
  for (const lag of tableLags(T)) {
    // The same code in Chromium and Node; allow for the last bit of Math.tanh/exp.
    expect(Math.abs(shown[lag]! - core.measured[lag]!)).toBeLessThanOrEqual(
      1e-9 * core.measured[lag]!,
    );
    await expect(lagRow(widget, lag).nth(1)).toHaveText(core.boundRho[lag]!.toExponential(3));
  }
  expect(shown[T - 1]!).toBeLessThan(1e-2 * shown[1]!);
  await expect(widget.getByTestId('verdict')).toContainText('vanishes');

  // ρ = 2.5, from the preset (under More settings).
  await openMore(widget);
  await widget.getByLabel('Preset').selectOption('explode');
  await expect(widget.getByTestId('verdict')).toContainText('explodes');
  const big = await shownNorms(widget, T);
  const coreBig = measureJacobians({ ...defaults, rho: 2.5 });
  expect(big[T - 1]!).toBeGreaterThan(100 * big[1]!);
  expect(Math.abs(big[T - 1]! - coreBig.measured[T - 1]!)).toBeLessThanOrEqual(
    1e-9 * coreBig.measured[T - 1]!,
  );

  // The ρ slider from the keyboard.
  const slider = widget.getByLabel('Spectral radius ρ of W');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0.1');
  // The table follows once the slider has come to rest.
  await expect.poll(async () => (await shownNorms(widget, T))[T - 1]!).toBeLessThan(1e-20);
});

test('training fills the heatmap column by column; clipping and the LSTM toggle work', async ({
  page,
}) => {
  // Long columns (200 steps of a 48-unit SRN on 100 steps): all 40 take many seconds, so the
  // run is still going when the test pauses it.
  const widget = await openFlow(page, '&every=200&T=100&hidden=48');
  const heat = widget.getByTestId('heatmap-srn');
  await expect(heat).toHaveAttribute('data-columns', '1');
  await widget.getByRole('button', { name: 'One column' }).click();
  await expect(heat).toHaveAttribute('data-columns', '2');
  await expect(widget.getByTestId('progress')).toContainText('2 of 40 columns, 200 training steps');
  await expect(heat.locator('rect[data-value]')).toHaveCount(2 * 100);

  await widget.getByRole('button', { name: /^Train$/ }).click();
  await expect(widget).toHaveAttribute('data-status', 'running');
  await expect
    .poll(async () => Number(await heat.getAttribute('data-columns')), { timeout: 30_000 })
    .toBeGreaterThan(5);
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const summary = widget.getByTestId('summary-srn');
  await expect(summary).toContainText('SRN after');
  expect(Number(await summary.getAttribute('data-end'))).toBeGreaterThan(0);

  // The toggles: clipping restarts training with the new setting; the LSTM adds its own heatmap.
  await openMore(widget);
  await widget.getByLabel('Clip the gradient norm to 1').check();
  await expect(heat).toHaveAttribute('data-columns', '1');
  await widget.getByLabel('Train an LSTM of the same size beside the SRN').check();
  const lstm = widget.getByTestId('heatmap-lstm');
  await expect(lstm).toHaveAttribute('data-columns', '1');
  await widget.getByRole('button', { name: 'One column' }).click();
  await expect(lstm).toHaveAttribute('data-columns', '2');
  await expect(heat).toHaveAttribute('data-columns', '2');
  await expect(widget.getByTestId('summary-lstm')).toContainText('LSTM after 200 steps');
});

test('at 200% zoom every slider keeps a track of at least 120 px (issue 11, item 7)', async ({
  page,
}) => {
  // A 1280 px window at 200% zoom lays the page out 640 CSS px wide.
  await page.setViewportSize({ width: 640, height: 900 });
  const widget = await openFlow(page);
  await openMore(widget);
  const sliders = widget.getByRole('slider');
  expect(await sliders.count()).toBe(5);
  for (const slider of await sliders.all()) {
    const box = (await slider.boundingBox())!;
    const name = await slider.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent);
    expect(box.width, name ?? '').toBeGreaterThanOrEqual(120);
  }
  const every = widget.getByRole('slider', { name: /Training steps per column/ });
  expect((await every.boundingBox())!.width).toBeGreaterThanOrEqual(120);
});
