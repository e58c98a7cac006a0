import type { Locator, Page } from '@playwright/test';
import { gateTrace, gateTraceSpec } from '../src/core/experiments';
import { createModel, initParams } from '../src/core/model';
import { SHOWN_STREAM } from '../src/widgets/GateTraces/training';
import { expectStill, setTabHidden } from './figureKit';
import { expect, hydrated, test } from './fixtures';

/** Equal to the core's numbers up to the last bits (Chromium's Math.tanh and exp may round differently from Node's). */
function expectClose(shown: readonly number[], core: ArrayLike<number>) {
  expect(shown).toHaveLength(core.length);
  shown.forEach((v, k) => expect(Math.abs(v - core[k]!)).toBeLessThan(1e-12));
}

async function openTraces(page: Page, url: string) {
  await page.goto(url);
  await hydrated(page);
  const widget = page.locator('[data-widget="GateTraces"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return widget;
}

const mapValues = (widget: Locator, testId: string) =>
  widget
    .getByTestId(testId)
    .locator('rect[data-value]')
    .evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('data-value'))));

/** The gates of the default network before training, as the core traces them. */
function untrained() {
  const model = createModel(gateTraceSpec(4, 1));
  return gateTrace(model, initParams(model, 1), SHOWN_STREAM);
}

test('the heatmaps start at the core’s values, change as it trains, and hold in a hidden tab', async ({
  page,
}) => {
  const widget = await openTraces(page, '/en/03-lstm/');
  const start = untrained();
  expectClose(await mapValues(widget, 'map-i'), start.i.flat());
  expectClose(await mapValues(widget, 'map-c'), start.c.flat());
  const status = widget.getByTestId('training-status');
  await expect(status).toContainText('Not trained yet');
  const step = async () => Number(await status.getAttribute('data-step'));

  await widget.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(widget).toHaveAttribute('data-status', 'running');
  await expect.poll(step, { timeout: 20_000 }).toBeGreaterThan(20);
  await expect.poll(() => mapValues(widget, 'map-f')).not.toEqual(start.f.flat());

  await setTabHidden(page, true);
  const heldNotice = widget.getByTestId('training-held');
  await expect(heldNotice).toHaveAttribute('data-held', 'true', { timeout: 20_000 });
  await expect(heldNotice).toHaveText('Paused while the tab is hidden.');
  const held = await step();
  await expectStill(step, held);
  await setTabHidden(page, false);
  await expect(heldNotice).toHaveAttribute('data-held', 'false');
  await expect.poll(step, { timeout: 20_000 }).toBeGreaterThan(held);

  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(status).toContainText(/Paused at update \d+ of 1500/);
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const accuracy = Number(await widget.getByTestId('accuracy').getAttribute('data-accuracy'));
  expect(accuracy).toBeGreaterThanOrEqual(0);
  expect(accuracy).toBeLessThanOrEqual(1);
});

test('in Chinese, the untrained maps equal the core’s and the readout is in Chinese', async ({
  page,
}) => {
  const widget = await openTraces(page, '/zh/03-lstm/');
  const start = untrained();
  expectClose(await mapValues(widget, 'map-f'), start.f.flat());
  expectClose(await mapValues(widget, 'map-o'), start.o.flat());
  await expect(widget.getByTestId('training-status')).toContainText('还没有训练');
  await expect(widget.getByTestId('gate-summary')).toContainText('记忆单元');
  await expect(widget.getByRole('button', { name: '训练', exact: true })).toBeVisible();
});
