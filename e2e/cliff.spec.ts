import type { Locator, Page } from '@playwright/test';
import { cliffDescent, type DescentStep, pascanuCliff } from '../src/core/lessons';
import { MAP_B, MAP_W, cliffMeta } from '../src/widgets/Cliff/meta';
import {
  expect,
  openMoreSettings,
  overflowingElements,
  recordStatuses,
  sliderWidths,
  tapSliderEnd,
  test,
} from './fixtures';

const defaults = cliffMeta.props.parse({});
// The map's SVG geometry (src/charts/contourMap.ts): viewBox 560 × 460, margins.
const VIEW = { width: 560, height: 460, left: 52, right: 14, top: 12, bottom: 44 };

async function openCliff(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/embed.html?widget=Cliff');
  const widget = page.locator('[data-widget="Cliff"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

/** Where the point (w, b) is on the screen. */
async function screenPoint(widget: Locator, w: number, b: number) {
  const box = (await widget.getByTestId('map').locator('svg').boundingBox())!;
  const k = box.width / VIEW.width;
  const x =
    VIEW.left + ((w - MAP_W[0]) / (MAP_W[1] - MAP_W[0])) * (VIEW.width - VIEW.left - VIEW.right);
  const y =
    VIEW.top + ((MAP_B[1] - b) / (MAP_B[1] - MAP_B[0])) * (VIEW.height - VIEW.top - VIEW.bottom);
  return { x: box.x + x * k, y: box.y + y * k };
}

/** The core's own numbers for a run: steps, final E, largest ‖Δ(w, b)‖. */
function coreSummary(path: DescentStep[]) {
  let largest = 0;
  for (let k = 1; k < path.length; k++)
    largest = Math.max(
      largest,
      Math.hypot(path[k]!.w - path[k - 1]!.w, path[k]!.b - path[k - 1]!.b),
    );
  return { steps: path.length - 1, loss: path.at(-1)!.loss, largest };
}

async function shown(widget: Locator, id: 'plain' | 'clipped') {
  const num = async (what: string) =>
    Number(await widget.getByTestId(`${id}-${what}`).getAttribute('data-value'));
  return { steps: await num('steps'), loss: await num('loss'), largest: await num('largest') };
}

async function expectCoreNumbers(widget: Locator, w: number, b: number) {
  const start = widget.getByTestId('start');
  await expect(start).toHaveAttribute('data-w', String(w));
  await expect(start).toHaveAttribute('data-b', String(b));
  const opts = { lr: defaults.lr, steps: defaults.steps };
  const plain = coreSummary(cliffDescent(pascanuCliff, { w, b }, opts));
  const clipped = coreSummary(
    cliffDescent(pascanuCliff, { w, b }, { ...opts, clipThreshold: defaults.threshold }),
  );
  await expect(widget.getByTestId('position')).toHaveText(
    `Step ${defaults.steps} of ${defaults.steps}`,
  );
  // Same code, but Chromium's V8 and Node's may round the last bit of Math.exp differently,
  // and 200 steps of a map this sensitive amplify it: equal to ~6 significant digits here (the printed 3 digits are identical).
  for (const [id, core] of [
    ['plain', plain],
    ['clipped', clipped],
  ] as const) {
    const got = await shown(widget, id);
    expect(got.steps).toBe(core.steps);
    expect(Math.abs(got.loss - core.loss)).toBeLessThanOrEqual(1e-6 * core.loss);
    expect(Math.abs(got.largest - core.largest)).toBeLessThanOrEqual(1e-6 * core.largest);
    await expect(widget.getByTestId(`${id}-loss`)).toHaveText(core.loss.toExponential(2));
  }
  return { plain, clipped };
}

test('a click on the cliff wall: the clipped run stays within η·θ, the plain one is catapulted', async ({
  page,
}) => {
  const widget = await openCliff(page);
  const p = await screenPoint(widget, 4.5, -2.05);
  await page.mouse.click(p.x, p.y);
  const { plain, clipped } = await expectCoreNumbers(widget, 4.5, -2.05);
  // What clipping guarantees: no step longer than η·θ; and the run stays finite.
  expect(clipped.largest).toBeLessThanOrEqual(defaults.lr * defaults.threshold + 1e-12);
  expect(Number.isFinite(clipped.loss)).toBe(true);
  expect(clipped.loss).toBeLessThan(1e-3);
  // Without it, a step on the wall is thrown far away.
  expect(plain.largest).toBeGreaterThan(20 * clipped.largest);
  await expect(widget.getByTestId('verdict')).toContainText('catapulted at step 2');
  await expect(widget.getByTestId('plain-largest')).toContainText(plain.largest.toPrecision(3));
  // Hovering the map reads E there.
  await page.mouse.move(p.x + 20, p.y);
  await expect(widget.getByTestId('hover')).toContainText('Pointer: w = ');
});

test('the keyboard moves the crosshair and Enter starts both descents there', async ({ page }) => {
  const widget = await openCliff(page);
  const map = widget.getByRole('application');
  await map.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(widget.getByTestId('crosshair')).toContainText('w = 4.25, b = -2.60');
  await page.keyboard.press('Enter');
  await expectCoreNumbers(widget, 4.25, -2.6);
});

test('play animates the runs and reports running, then ready', async ({ page }) => {
  const statuses = await recordStatuses(page);
  await page.goto('/embed.html?widget=Cliff&steps=20');
  const widget = page.locator('[data-widget="Cliff"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await widget.getByRole('button', { name: /Step 0/ }).click();
  await expect(widget.getByTestId('position')).toHaveText('Step 0 of 20');
  await widget.getByRole('button', { name: /Play/ }).click();
  await expect(widget.getByTestId('position')).toHaveText('Step 20 of 20');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  expect((await statuses()).join(' → ')).toMatch(/ready → running → ready$/);
});

test('at 360 px and 200% zoom the sliders keep a usable track and a tap sets them; focus survives “Step 0” and “To the end”', async ({
  page,
}) => {
  for (const width of [360, 640]) {
    await page.setViewportSize({ width, height: 800 });
    const widget = await openCliff(page);
    // Nothing sticks out sideways outside a scrolling box.
    expect(await overflowingElements(widget)).toEqual([]);
    const theta = widget.getByLabel('Clipping threshold θ');
    expect((await theta.boundingBox())!.width).toBeGreaterThanOrEqual(120);
    await tapSliderEnd(theta, 'max');
    await expect(widget.getByTestId('bound')).toContainText('η·θ = 20.0');

    const rewind = widget.getByRole('button', { name: /Step 0/ });
    await rewind.focus();
    await page.keyboard.press('Enter');
    await expect(rewind).toBeDisabled();
    await expect(widget.getByRole('button', { name: 'Step', exact: true })).toBeFocused();
    const toEnd = widget.getByRole('button', { name: /To the end/ });
    await toEnd.focus();
    await page.keyboard.press('Enter');
    await expect(toEnd).toBeDisabled();
    await expect(widget.getByRole('button', { name: 'Step back' })).toBeFocused();

    await openMoreSettings(widget);
    const widths = await sliderWidths(widget);
    expect(Object.keys(widths)).toHaveLength(3);
    for (const [label, w] of Object.entries(widths))
      expect(w, `${label} at ${width} px`).toBeGreaterThanOrEqual(120);
  }
});
