import { bpttStepperMeta } from '../src/widgets/BPTTStepper/meta';
import { buildBpttModel } from '../src/widgets/BPTTStepper/model';
import {
  expect,
  openMoreSettings,
  overflowingElements,
  sliderWidths,
  tapSliderEnd,
  test,
} from './fixtures';

const defaults = bpttStepperMeta.props.parse({});

test('stepping forward then backward shows the core engine’s numbers, and truncation drops the far past', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=BPTTStepper');
  const widget = page.locator('[data-widget="BPTTStepper"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const model = buildBpttModel(defaults);
  const T = model.inputs.length;
  const rows = widget.getByTestId('bptt-table').locator('tbody tr');
  await expect(rows).toHaveCount(T);
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText('–');

  // Forward by keyboard: focus the step button and press Enter T times.
  const forward = widget.getByRole('button', { name: /Forward step/ });
  await forward.focus();
  for (let t = 0; t < T; t++) await page.keyboard.press('Enter');
  await expect(widget.getByTestId('bptt-position')).toContainText(`step t = ${T - 1}`);
  for (let t = 0; t < T; t++)
    await expect(rows.nth(t).locator('td').nth(1)).toHaveText(model.trace.losses[t]!.toFixed(4));
  // No δ is known before the backward pass.
  await expect(
    rows
      .nth(T - 1)
      .locator('td')
      .nth(2),
  ).toHaveText('–');

  await widget.getByRole('button', { name: /Run to the end/ }).click();
  for (let t = 0; t < T; t++) {
    const delta = Math.hypot(...model.trace.deltas[t]!);
    await expect(rows.nth(t).locator('td').nth(2)).toHaveText(delta.toFixed(4));
    await expect(rows.nth(t).locator('td').nth(3)).toHaveText(model.fullNorms[t]!.toFixed(4));
  }
  const fullNorm = Math.hypot(...model.trace.gradW.data);
  await expect(widget.getByTestId('bptt-summary')).toContainText(
    `‖∂E/∂W‖ = ${fullNorm.toFixed(4)}`,
  );

  // Truncate to k = 2 with the keyboard: Home moves the slider to its minimum, → to 2.
  const k = widget.getByLabel('Truncation k (steps each error goes back)');
  await k.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(k).toHaveValue('2');
  const truncated = buildBpttModel({ ...defaults, k: 2 });
  for (let t = 0; t < T; t++)
    await expect(rows.nth(t).locator('td').nth(4)).toHaveText(truncated.keptNorms[t]!.toFixed(4));
  // The last two steps lose nothing; the first steps with a nonzero term lose something.
  expect(truncated.keptNorms[T - 1]).toBe(truncated.fullNorms[T - 1]);
  expect(truncated.keptNorms[1]!).toBeLessThan(truncated.fullNorms[1]!);
  await expect(widget.getByTestId('bptt-summary')).toContainText('truncated to k = 2');
  await expect(widget.getByTestId('bptt-equation')).toContainText('truncated to');
});

test('a word that does not fit is refused in place, and the figure keeps working', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=BPTTStepper&word=ab&pos=99&lang=zh');
  const widget = page.locator('[data-widget="BPTTStepper"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByText(/word=ab/)).toBeVisible();
  await openMoreSettings(widget);
  const box = widget.getByLabel('单词（5–9 个字母 a–z）');
  await box.fill('rnn');
  await expect(widget.getByText(/图中保留“network”/)).toBeVisible();
  await box.fill('recurrent');
  await expect(widget.getByTestId('bptt-table').locator('tbody tr')).toHaveCount(8);
});

test('at 360 px and 200% zoom the sliders keep a usable track and a tap sets them; focus survives “Run to the end”', async ({
  page,
}) => {
  // 360 px: a phone; 640 px: a 1280 px window at 200% zoom.
  for (const width of [360, 640]) {
    await page.setViewportSize({ width, height: 800 });
    // An embed reloaded in the same tab restores where the reader left it (a slide revisited):
    // each width starts from the defaults instead.
    await page.evaluate(() => sessionStorage.clear()).catch(() => undefined);
    await page.goto('/embed.html?widget=BPTTStepper');
    const widget = page.locator('[data-widget="BPTTStepper"]');
    await expect(widget).toHaveAttribute('data-status', 'ready');
    // Nothing sticks out sideways outside a scrolling box.
    expect(await overflowingElements(widget)).toEqual([]);
    const k = widget.getByLabel('Truncation k (steps each error goes back)');
    expect((await k.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    await tapSliderEnd(k, 'min');
    await expect(k).toHaveValue('1');
    await tapSliderEnd(k, 'max');
    await expect(k).toHaveValue('6');

    // The button that disables itself hands focus to the next one, not to the page.
    const toEnd = widget.getByRole('button', { name: /Run to the end/ });
    await toEnd.focus();
    await page.keyboard.press('Enter');
    await expect(toEnd).toBeDisabled();
    await expect(widget.getByRole('button', { name: /Step back/ })).toBeFocused();

    await openMoreSettings(widget);
    const widths = await sliderWidths(widget);
    expect(Object.keys(widths)).toHaveLength(2);
    for (const [label, w] of Object.entries(widths))
      expect(w, `${label} at ${width} px`).toBeGreaterThanOrEqual(120);
  }
});
