import type { Locator, Page } from '@playwright/test';
import { APPLICATIONS, emittedTokens, exampleFor } from '../src/widgets/SequenceShapes/examples';
import { collapsePath, unrolledShape } from '../src/widgets/SequenceShapes/shapes';
import {
  expect,
  openInChapter,
  overflowingElements,
  recordAttribute,
  seriousAxe,
  test,
} from './fixtures';

const NAMES = {
  languageModel: ['Language model', 'many-to-many, one output per input'],
  translation: ['Translation', 'encoder–decoder (sequence to sequence)'],
  sentiment: ['Sentiment of a review', 'many-to-one'],
  captioning: ['Image captioning', 'one-to-many'],
  speech: [
    'Speech recognition',
    'unaligned many-to-many (connectionist temporal classification, CTC)',
  ],
} as const;

async function openShapes(page: Page, query = '') {
  await page.goto(`/embed.html?widget=SequenceShapes${query}`);
  const widget = page.locator('[data-widget="SequenceShapes"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

/** Input and output nodes drawn at each step. */
async function drawnCounts(widget: Locator) {
  return widget
    .locator('g.step')
    .evaluateAll((steps) =>
      steps.map((g) => [
        g.querySelectorAll('.node--input').length,
        g.querySelectorAll('.node--output').length,
      ]),
    );
}

test('each application is drawn in its shape, and the text names it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openShapes(page);
  for (const app of APPLICATIONS) {
    const [label, shapeName] = NAMES[app];
    await widget.getByRole('radio', { name: label }).check();
    const ex = exampleFor(app, 'en');
    // What each step emits: the outputs, or for the unaligned (CTC) shape a label or blank.
    const emitted = emittedTokens(ex);
    const shape = unrolledShape(ex.kind, ex.inputs.length, emitted.length);
    await expect(widget.locator('g.step')).toHaveCount(shape.steps);
    expect(await drawnCounts(widget)).toEqual(
      shape.inputAt.map((i, t) => [i === null ? 0 : 1, shape.outputAt[t] === null ? 0 : 1]),
    );
    await expect(widget.getByTestId('summary')).toContainText(
      `${label} is ${shapeName}: ${shape.steps} steps`,
    );
    const outputs = await widget
      .locator('.node--output')
      .evaluateAll((n) => n.map((e) => e.getAttribute('data-token')));
    expect(outputs).toEqual(emitted.map((t) => t.text));
    // Only the unaligned shape has a row of labels: its path collapsed to the outputs.
    const labels = await widget
      .locator('.node--label')
      .evaluateAll((n) => n.map((e) => e.getAttribute('data-token')));
    expect(labels).toEqual(ex.path ? ex.outputs.map((t) => t.text) : []);
    if (ex.path) {
      expect(collapsePath(ex.path).map((l) => l.label)).toEqual(labels);
      expect(labels.length).toBeLessThan(shape.steps);
      await expect(widget.getByTestId('collapse')).toContainText(
        `Drop the blanks: ${labels.join(' ')} (${labels.length} characters from ${shape.steps} frames)`,
      );
    }
  }
});

test('picking a task plays its data flow step by step; pause and step work', async ({ page }) => {
  // Each step is active for 0.7 s: the steps that were active are read from a record.
  const phases = await recordAttribute(page, 'data-phase', 'data-step');
  const activeSteps = async () =>
    (await phases()).filter((e) => e.endsWith(' active')).map((e) => e.split(' ')[0]);
  const widget = await openShapes(page);
  await widget.getByRole('radio', { name: 'Language model' }).check();
  // The flow starts over and passes through the steps one by one.
  await expect(widget.getByTestId('progress')).toContainText('All 5 steps computed.');
  await expect(widget.locator('g.step[data-phase="done"]')).toHaveCount(5);
  // One step active at a time; when the last is computed, every step is done.
  expect((await activeSteps()).join(',')).toMatch(/0,1,2,3$/);

  await widget.getByRole('button', { name: 'Back to t = 0' }).click();
  await expect(widget.locator('g.step[data-phase="pending"]')).toHaveCount(5);
  await widget.getByRole('button', { name: 'Step forward' }).click();
  await widget.getByRole('button', { name: 'Step forward' }).click();
  await expect(widget.getByTestId('progress')).toContainText(
    't = 1 (the last is 4): reads “cat”, emits “sat”',
  );
  const before = (await activeSteps()).length;
  await widget.getByRole('button', { name: 'Play' }).click();
  await expect
    .poll(async () => (await activeSteps()).slice(before), { intervals: [50] })
    .toContain('2');
  await widget.getByRole('button', { name: 'Pause' }).click();
  await expect(widget.getByRole('button', { name: 'Play' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  // Faded steps are also dashed, so colour is not the only signal.
  const pending = widget.locator('g.step[data-phase="pending"] .node--hidden').first();
  expect(await pending.evaluate((e) => getComputedStyle(e).strokeDasharray)).not.toBe('none');
});

test('the radio group works from the keyboard; reduced motion shows the end state at once', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openShapes(page);
  await widget.getByRole('radio', { name: 'Translation' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(widget.getByRole('radio', { name: 'Sentiment of a review' })).toBeChecked();
  // No replay with reduced motion: the finished shape, no transitions.
  await expect(widget.getByTestId('progress')).toContainText('All 4 steps computed.');
  await expect(widget.getByRole('button', { name: 'Play' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  const duration = await widget
    .locator('g.step > *')
    .first()
    .evaluate((e) => getComputedStyle(e).transitionDuration);
  expect(duration).toMatch(/^0s/);
});

test('Chinese examples on a Chinese embed, and the figure fits 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openShapes(page, '&lang=zh&app=captioning');
  await expect(widget.getByTestId('summary')).toContainText('看图说话是一对多');
  await expect(widget.locator('.node--input.node--image')).toHaveCount(1);
  await expect(widget.locator('.node--output')).toHaveCount(5);
  const overflow = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  // The fifth shape in Chinese: 8 frames collapse to 谢谢, the doubled character kept by a blank.
  await widget.getByRole('radio', { name: '语音识别' }).check();
  await expect(widget.getByTestId('summary')).toContainText('连接时序分类（CTC）');
  await expect(widget.locator('.node--label')).toHaveCount(2);
  await expect(widget.getByTestId('collapse')).toContainText('删去空白：谢 谢');
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test('a step button that disables itself hands focus on, never to the page (issue 11, item 8)', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openShapes(page, '&app=sentiment');
  await widget.getByRole('button', { name: 'Back to t = 0' }).click();
  await expect(widget.getByTestId('progress')).toContainText('Nothing computed yet');
  await expect(widget.getByRole('button', { name: 'Step forward' })).toBeFocused();
  await widget.getByRole('button', { name: 'Last step' }).click();
  await expect(widget.getByTestId('progress')).toContainText('All 4 steps computed.');
  await expect(widget.getByRole('button', { name: 'Step back' })).toBeFocused();
});

// One page load for both themes: an embed's theme follows the system's, which switches live.
test('no serious accessibility issue (light theme, then dark)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openShapes(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await seriousAxe(page).include('[data-widget="SequenceShapes"]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${colorScheme} theme`,
    ).toEqual([]);
  }
});

test('on the English chapter page at 360 px: nothing sticks out, and every application steps', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openInChapter(page, 'SequenceShapes', 'en');
  // The preset select once ran 13 px past the widget's edge with the longest preset name.
  await widget.getByTestId('more-settings').locator('summary').click();
  await expect(widget.getByLabel('Preset')).toHaveValue('translation');
  expect(await overflowingElements(widget)).toEqual([]);
  for (const app of APPLICATIONS) {
    await widget.getByRole('radio', { name: NAMES[app][0] }).check();
    await expect(widget.getByTestId('summary')).toContainText(NAMES[app][1]);
    await widget.getByRole('button', { name: 'Back to t = 0' }).click();
    await widget.getByRole('button', { name: 'Step forward' }).click();
    await expect(widget.getByText(/^Time step t = 0 \(the last is \d+\)/)).toBeVisible();
    expect(await overflowingElements(widget)).toEqual([]);
  }
});
