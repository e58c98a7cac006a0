import type { Locator, Page } from '@playwright/test';
import { recurrenceStepperMeta } from '../src/widgets/RecurrenceStepper/meta';
import { buildStepperModel } from '../src/widgets/RecurrenceStepper/model';
import { expect, hydrated, test } from './fixtures';

const defaults = recurrenceStepperMeta.props.parse({});
const stepper = (page: Page) => page.locator('[data-widget="RecurrenceStepper"]');

/** The state s_t as the page shows it: full values from data-value, and the printed text. */
async function shownState(widget: Locator, testId = 's') {
  const cells = widget.getByTestId(testId).locator('g.cell');
  const values = await cells.evaluateAll((els) =>
    els.map((e) => Number(e.getAttribute('data-value'))),
  );
  const text = await cells.locator('text.cell__value').allTextContents();
  return { values, text };
}

/** Opens the figure's "More settings" (seed, U scale and the W sliders live there). */
const openMoreSettings = (widget: Locator) =>
  widget.locator('summary', { hasText: 'More settings' }).click();

async function openStepper(page: Page, url = '/en/01-basics/') {
  await page.goto(url);
  await hydrated(page);
  const widget = stepper(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

test('a W slider changes s_t, and the numbers equal the core engine’s', async ({ page }) => {
  const widget = await openStepper(page);
  await widget.getByRole('button', { name: /Step forward/ }).click();
  const before = await shownState(widget);
  const expected1 = buildStepperModel(defaults).steps[1]!.s;
  expect(before.values).toEqual(Array.from(expected1));
  expect(before.text).toEqual(Array.from(expected1, (v) => v.toFixed(3)));

  // Keyboard: focus the W(1,1) slider and press → four times (step 0.05 each).
  await openMoreSettings(widget);
  const slider = widget.getByLabel('W row 1, column 1');
  await slider.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('0.8');
  const after = await shownState(widget);
  const W = [0.8, ...defaults.W.slice(1)];
  const expected = buildStepperModel({ ...defaults, W }).steps[1]!.s;
  expect(after.values[0]).not.toBe(before.values[0]);
  after.values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
  await expect(widget.getByTestId('equation')).toContainText('0.80');
});

test('a share link restores the widget’s settings', async ({ page, context }) => {
  const widget = await openStepper(page);
  await widget.getByLabel('Word (letters a–z)').fill('rnn');
  await openMoreSettings(widget);
  await widget.getByLabel('Scale of U').fill('2');
  await widget.getByRole('button', { name: /Step forward/ }).click();
  const state = await shownState(widget);
  await widget.getByRole('button', { name: 'Share link' }).click();
  const link = await widget.getByLabel('Link that restores these settings').inputValue();
  expect(link).toContain('RecurrenceStepper-1.word=rnn');

  const other = await context.newPage();
  await other.goto(link);
  await hydrated(other);
  const restored = stepper(other);
  await expect(restored).toHaveAttribute('data-status', 'ready');
  await expect(restored.getByLabel('Word (letters a–z)')).toHaveValue('rnn');
  await expect(restored.getByLabel('Scale of U')).toHaveValue('2');
  await expect(restored.getByTestId('position')).toContainText('t = 1 of 2');
  expect(await shownState(restored)).toEqual(state);
  // The link's #fragment brings the figure into view.
  await expect(restored).toBeInViewport();
});

test('garbage in the URL gives a message in place and the figure still works', async ({ page }) => {
  const widget = await openStepper(
    page,
    '/en/01-basics/?RecurrenceStepper-1.uScale=NaN&RecurrenceStepper-1.word=%3Cscript%3E&RecurrenceStepper-1.W=1e999',
  );
  await expect(widget.locator('.widget__issues li')).toHaveCount(3);
  await expect(widget.locator('.widget__issues')).toContainText('Ignored “word=<script>”');
  await expect(widget.getByLabel('Word (letters a–z)')).toHaveValue('hello');
  await widget.getByRole('button', { name: /Step forward/ }).click();
  await expect(widget.getByTestId('position')).toContainText('t = 1 of 4');
});

test('embed.html renders one widget alone with its settings', async ({ page }) => {
  await page.goto('/embed.html?widget=RecurrenceStepper&word=cat&t=2&lang=zh');
  const widget = stepper(page);
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(page.locator('[data-widget]')).toHaveCount(1);
  await expect(page.locator('.site-header, article, .toc')).toHaveCount(0);
  await expect(widget.getByTestId('position')).toContainText('t = 2');
  await expect(widget.getByRole('button', { name: /前进一步/ })).toBeDisabled();
  const expected = buildStepperModel({ ...defaults, word: 'cat' }).steps[2]!.s;
  expect((await shownState(widget)).values).toEqual(Array.from(expected));
});

test('embed.html explains an unknown or missing widget instead of failing', async ({ page }) => {
  await page.goto('/embed.html?widget=%3Cimg%20src%3Dx%3E');
  await expect(page.getByRole('alert')).toContainText(
    'There is no interactive figure called “<img src=x>”',
  );
  await expect(page.getByRole('alert')).toContainText('RecurrenceStepper');
  await page.goto('/embed.html');
  await expect(page.getByRole('alert')).toContainText('?widget=');
});

test('a widget forced to throw shows its error box while the rest of the page works', async ({
  page,
  problems,
}) => {
  problems.allowConsoleErrors(/Fault injected/);
  await page.goto('/en/01-basics/?fault=RecurrenceStepper-1');
  await hydrated(page);
  const widget = stepper(page);
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'error');
  await expect(widget.getByRole('alert')).toContainText('This figure stopped working');

  // The rest of the page: table of contents, theme switch, language link.
  await page.locator('.toc a[href="#the-rnn-family"]').click();
  await expect(page).toHaveURL(/#the-rnn-family$/);
  await expect(page.locator('#the-rnn-family')).toBeInViewport();
  await page.getByRole('button', { name: 'Switch between light and dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', /dark|light/);

  await widget.scrollIntoViewIfNeeded();
  await widget.getByRole('button', { name: 'Try again' }).click();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByTestId('equation')).toBeVisible();
});

test('the widget fits a 360 px screen and works there', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openStepper(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await widget.getByRole('button', { name: /Step forward/ }).click();
  await expect(widget.getByTestId('position')).toContainText('t = 1');
});

test('the presets the chapter names do what it says, with the engine’s numbers', async ({
  page,
}) => {
  const widget = await openStepper(page);
  const forward = widget.getByRole('button', { name: /Step forward/ });
  // "Large W": unit 1 reaches 0.989 at the third letter of "hello" and stays above 0.98.
  await widget.getByLabel('Preset').selectOption('saturating');
  const saturating = buildStepperModel({
    ...defaults,
    ...recurrenceStepperMeta.presets.saturating!.values,
  });
  for (let t = 1; t <= 4; t++) {
    await forward.click();
    await expect(widget.getByText(`Time step t = ${t} of 4`)).toBeVisible();
    const shown = await shownState(widget);
    expect(shown.values).toEqual(Array.from(saturating.steps[t]!.s));
    if (t >= 2) expect(shown.values[0]).toBeGreaterThan(0.98);
  }
  await widget.getByRole('button', { name: /t = 0/ }).click();
  await forward.click();
  await forward.click();
  await expect(widget.getByTestId('s').locator('text.cell__value').first()).toHaveText('0.989');

  // "W = 0": the two l's of "hello" (t = 2 and 3) give the same state.
  await widget.getByLabel('Preset').selectOption('forgetful');
  await widget.getByRole('button', { name: /t = 0/ }).click();
  await forward.click();
  await forward.click();
  await expect(widget.getByText('Time step t = 2 of 4, reading “l”')).toBeVisible();
  const first = await shownState(widget);
  await forward.click();
  await expect(widget.getByText('Time step t = 3 of 4, reading “l”')).toBeVisible();
  const second = await shownState(widget);
  expect(second.values).toEqual(first.values);
});
