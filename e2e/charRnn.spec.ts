import type { Locator, Page } from '@playwright/test';
import { corpusRaw, corpusSymbols, lossOf, oneStep, open } from './charRnnPage';
import {
  expect,
  openInChapter,
  openMoreSettings,
  overflowingElements,
  seriousAxe,
  test,
} from './fixtures';

for (const lang of ['en', 'zh'] as const) {
  test(`${lang} chapter page at 360 px: the shipped model loads and fills the heatmap and predictions`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const widget = await openInChapter(page, 'CharRNN', lang);
    await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
    const V = corpusSymbols(lang).size;
    await expect(widget.getByTestId('text-summary').locator('[data-vocabulary]')).toHaveAttribute(
      'data-vocabulary',
      String(V),
    );
    if (lang === 'zh') {
      // Hundreds of distinct characters, 421 of them kept (99.5% of the text) plus one "other"
      // symbol, and the page says how many the text really has.
      const distinct = new Set(Array.from(corpusRaw('zh'))).size;
      expect(distinct).toBeGreaterThan(400);
      await expect(widget.getByTestId('text-summary')).toContainText(
        `文本有 ${distinct} 个不同符号`,
      );
    }
    // 40 characters read × 32 units.
    await expect(widget.getByTestId('heatmap').locator('svg g rect')).toHaveCount(40 * 32);
    const probs = await widget
      .getByTestId('predictions')
      .locator('[data-p]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-p'))));
    expect(probs).toHaveLength(5);
    // A trained model is confident after 40 characters: its top choice far above uniform (1/V).
    // 0.2, not 0.3, since the Chinese model chooses among 422 symbols (its "其他" no longer
    // pools 19% of the text): after “…因为前” it gives 前 0.23 (the English one 0.52).
    expect(probs[0]).toBeGreaterThan(0.2);
    expect([...probs].sort((a, b) => b - a)).toEqual(probs);
    // The shipped weights compress the corpus far below an untrained model's log2 V.
    await expect(widget.getByTestId('eval-loss')).toHaveAttribute('data-bits', /\d/);
    const evalBits = Number(await widget.getByTestId('eval-loss').getAttribute('data-bits'));
    expect(evalBits).toBeLessThan(0.5 * Math.log2(V));
    // Samples use only the corpus's symbols (the "other" symbol written as its placeholder).
    const sample = await widget.getByTestId('sample').textContent();
    expect(sample!.length).toBeGreaterThan(0);
    const symbols = corpusSymbols(lang);
    const placeholder = lang === 'en' ? '⟨other⟩' : '⟨其他⟩';
    expect(Array.from(sample!.replaceAll(placeholder, '')).filter((c) => !symbols.has(c))).toEqual(
      [],
    );
    // Nothing sticks out of a phone's screen (the file picker once ran 36 px past the edge).
    await openMoreSettings(widget);
    await expect(
      widget.getByLabel(lang === 'en' ? 'Load weights from a file' : /从文件/),
    ).toBeVisible();
    expect(await overflowingElements(widget)).toEqual([]);
  });
}

test('training from scratch takes the loss well below log2 V within a bounded number of steps', async ({
  page,
}) => {
  test.slow(true, 'trains a character model on a shared 2-core machine');
  const widget = await open(page);
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  await openMoreSettings(widget);
  await widget.getByRole('button', { name: 'Start from scratch' }).click();
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'init');
  await widget.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(widget).toHaveAttribute('data-status', 'running');
  // The shared engine badge: the engine in use ('auto' starts on the wasm engine) and the rate
  // in characters per second.
  await expect(widget.locator('.engine-badge__text')).toHaveText(
    /^running on WASM SIMD · \d{1,3}(,\d{3})* chars\/s$/,
  );
  // Smoothed training loss below 65% of log2 V (5.39 → 3.5 bits) within 600 steps of 16 × 32 characters.
  // The step is read with the loss it belongs to (training goes on between two polls).
  let step = Infinity;
  await expect
    .poll(
      async () => {
        const loss = await lossOf(widget);
        if (loss.bits < 0.65 * loss.untrained) step = loss.step;
        return loss.bits < 0.65 * loss.untrained;
      },
      { timeout: 90_000 },
    )
    .toBe(true);
  expect(step).toBeLessThanOrEqual(600);
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(widget).toHaveAttribute('data-status', 'ready');
});

test('the reader moves training to WebGL and back: the steps count on, the loss stays learned', async ({
  page,
}) => {
  test.slow(true, 'trains on software WebGL (SwiftShader) on a shared 2-core machine');
  // A small GRU (so the shipped LSTM does not load: training starts from fresh weights) that
  // SwiftShader's software WebGL trains at a few steps a second.
  const widget = await open(page, '&cell=gru&hidden=16&batch=8&seqLen=16');
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'init');
  const badge = widget.locator('.engine-badge');
  await expect(badge.locator('.engine-badge__status')).toHaveText(
    'running on WASM SIMD (in a background thread)',
  );
  await openMoreSettings(widget);
  await widget.getByLabel('Training engine').selectOption('webgl');
  // Chromium here has WebGL (SwiftShader) and OffscreenCanvas: WebGL trains in the worker.
  await expect(badge.locator('.engine-badge__status')).toHaveText(
    'running on WebGL (in a background thread)',
  );
  await expect(badge.locator('.engine-badge__reason')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(widget).toHaveAttribute('data-status', 'running');
  // The rate appears with the first report; SwiftShader compiles tfjs's shaders during the first
  // steps, which on a loaded 2-core machine has taken over 15 s: the same bound as the polls below.
  await expect(badge.locator('.engine-badge__text')).toHaveText(
    /^running on WebGL · \d{1,3}(,\d{3})* chars\/s$/,
    { timeout: 50_000 },
  );
  const { untrained } = await lossOf(widget);
  await expect
    .poll(async () => (await lossOf(widget)).bits, { timeout: 50_000 })
    .toBeLessThan(0.85 * untrained);
  const onWebgl = await lossOf(widget);
  // The loss keeps falling on WebGL.
  await expect
    .poll(async () => (await lossOf(widget)).bits, { timeout: 50_000 })
    .toBeLessThan(onWebgl.bits - 0.05);

  // Mid-training, back to the typed-array engine: training goes on from the WebGL weights.
  const before = await lossOf(widget);
  await widget.getByLabel('Training engine').selectOption('core');
  await expect(badge.locator('.engine-badge__text')).toHaveText(
    /^running on typed arrays · \d{1,3}(,\d{3})* chars\/s$/,
  );
  await expect(widget).toHaveAttribute('data-status', 'running');
  const seen: { step: number; bits: number }[] = [];
  await expect
    .poll(
      async () => {
        const now = await lossOf(widget);
        seen.push(now);
        return now.step;
      },
      { timeout: 30_000 },
    )
    .toBeGreaterThan(before.step + 50);
  for (const point of seen) {
    expect(point.step, 'the step count never goes back').toBeGreaterThanOrEqual(before.step);
    // Nowhere near the untrained loss: the trained weights came along.
    expect(point.bits).toBeLessThan(Math.min(0.85 * untrained, before.bits + 0.3));
  }
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'trained');
});

test('Auto, the default, trains at once on a guess, measures in the background and says what it found', async ({
  page,
}) => {
  const widget = await open(page);
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  await openMoreSettings(widget);
  await expect(widget.getByLabel('Training engine')).toHaveValue('auto');
  const badge = widget.locator('.engine-badge');
  await expect(badge.locator('.engine-badge__status')).toHaveText(
    'running on WASM SIMD (in a background thread)',
  );
  await expect(badge.locator('.engine-badge__reason')).toHaveText(
    /^Why: A first guess, training at once; /,
  );
  await widget.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(badge.locator('.engine-badge__reason')).toHaveText(
    /^Why: (Measured while training \(steps per second: WASM SIMD \d+, typed arrays \d+\)|Switched at step \d+ )/,
    { timeout: 30_000 },
  );
  // The shipped weights trained on: the loss stays far below an untrained model's.
  const { bits, untrained } = await lossOf(widget);
  expect(bits).toBeLessThan(0.5 * untrained);
});

test('pause stops the step counter; one step adds exactly one', async ({ page }) => {
  const widget = await open(page, '&corpus=reber&cell=srn&hidden=16');
  await widget.getByRole('button', { name: 'Train', exact: true }).click();
  await expect.poll(async () => (await lossOf(widget)).step).toBeGreaterThan(20);
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  const paused = (await lossOf(widget)).step;
  await openMoreSettings(widget);
  await oneStep(widget, paused + 1);
  // Reber samples use only the grammar's seven symbols.
  const sample = await widget.getByTestId('sample').textContent();
  expect(sample).toMatch(/^[BTPSXVE]+$/);
});

/**
 * Puts the heatmap's focus on the last symbol read, by keyboard, with the pointer moved off the
 * figure: the predictions table is for the focused position, and pointing at a cell moves the
 * focus — Chromium re-sends a pointer that rests where the layout shifts a cell under it (a CI
 * run read the predictions at another position that way).
 */
async function focusLastSymbol(page: Page, widget: Locator) {
  await page.mouse.move(0, 0);
  await widget.getByTestId('heatmap').press('End');
}

test('weights saved in the browser come back after a reload, with the same predictions', async ({
  page,
}) => {
  const widget = await open(page);
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  await openMoreSettings(widget);
  for (let step = 1; step <= 3; step++) await oneStep(widget, step);
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'trained');
  // The session reports the step, then that it has stopped; the views follow the stop.
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByTestId('eval-loss')).toHaveAttribute('data-bits', /\d/);
  await focusLastSymbol(page, widget);
  // "After “r” (position 39): unit …" — the predictions are for the position; the unit the
  // pointer may have picked does not change them.
  const position = /^After “.+?” \(position \d+\)/.exec(
    (await widget.getByTestId('focus-readout').textContent()) ?? '',
  )?.[0];
  expect(position).toBeDefined();
  const predictions = await widget.getByTestId('predictions').textContent();
  const evalBits = await widget.getByTestId('eval-loss').getAttribute('data-bits');
  await widget.getByRole('button', { name: 'Save in this browser' }).click();
  await expect(widget.getByTestId('files-message')).toContainText('Saved in this browser');

  await page.reload();
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  expect(await widget.getByTestId('eval-loss').getAttribute('data-bits')).not.toBe(evalBits);
  await openMoreSettings(widget);
  await widget.getByRole('button', { name: 'Load from this browser' }).click();
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'storage');
  await expect(widget.getByTestId('eval-loss')).toHaveAttribute('data-bits', evalBits!);
  await focusLastSymbol(page, widget);
  await expect(widget.getByTestId('focus-readout')).toContainText(position!);
  await expect(widget.getByTestId('predictions')).toHaveText(predictions!);
});

test('a wrong file and an empty pasted text get messages; the model keeps working', async ({
  page,
}) => {
  const widget = await open(page);
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  await openMoreSettings(widget);
  await widget.getByLabel('Load weights from a file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(widget.getByTestId('files-message')).toContainText(
    'That file was not loaded: this file is not an Unrolled model',
  );
  await widget.getByLabel('Text', { exact: true }).selectOption('pasted');
  await widget.getByRole('button', { name: 'Train on this text' }).click();
  await expect(widget.getByTestId('paste-problem')).toContainText('The text is empty');
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');

  await widget.getByLabel('Paste or type a text to train on').fill('abcabcabcabc'.repeat(20));
  await widget.getByRole('button', { name: 'Train on this text' }).click();
  await expect(widget.getByTestId('text-summary')).toContainText(
    '240 characters, 3 distinct symbols',
  );
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'init');
  const sample = await widget.getByTestId('sample').textContent();
  expect(sample).toMatch(/^[abc]+$/);
});

test('a learning rate that blows up stops training with a message and keeps the weights', async ({
  page,
}) => {
  // Adam at lr = 10 without clipping: the first update throws the weights so far that the next
  // gradient norm is ~1e10, past the session's divergence guard.
  const widget = await open(page, '&lr=10&clip=0');
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  await expect(widget.getByTestId('eval-loss')).toHaveAttribute('data-bits', /\d/);
  const before = Number(await widget.getByTestId('eval-loss').getAttribute('data-bits'));
  await widget.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(widget.getByTestId('train-message')).toContainText('Training stopped at step');
  // The first update wrecked the weights while every number stayed finite: the guard restores
  // the shipped weights (issue 11 #2), says so once, and — clipping being off — suggests it.
  await expect(widget.getByTestId('train-message')).toContainText(
    'The weights of step 0 are restored',
  );
  await expect(widget.getByTestId('train-message')).toContainText('turn on clipping');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByTestId('eval-loss')).toHaveAttribute('data-bits', /\d/);
  const after = Number(await widget.getByTestId('eval-loss').getAttribute('data-bits'));
  expect(Number.isFinite(after)).toBe(true);
  expect(after).toBeLessThanOrEqual(before + 1e-9);
  // The kept weights are numbers: every hidden state in the heatmap is finite.
  const states = await widget
    .getByTestId('heatmap')
    .locator('svg g rect')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(states.length).toBe(40 * 32);
  expect(states.every(Number.isFinite)).toBe(true);
  await expect(widget.getByTestId('sample')).not.toBeEmpty();
});

test('the chapter preset trains on the chapter’s own prose', async ({ page }) => {
  const widget = await open(page, '&corpus=chapter&cell=gru&hidden=64');
  const summary = widget.getByTestId('text-summary');
  await expect(summary).toContainText('distinct symbols');
  const chars = Number(
    /([\d,]+) characters/.exec((await summary.textContent())!)![1]!.replace(/,/g, ''),
  );
  expect(chars).toBeGreaterThan(5000);
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'init');
  await openMoreSettings(widget);
  await expect(widget.getByRole('button', { name: 'One step' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Load the shipped model' })).toHaveCount(0);
});

test('garbage in the URL gives messages and the defaults', async ({ page }) => {
  const widget = await open(page, '&hidden=9999&cell=banana&lr=abc&temperature=-3');
  const issues = widget.locator('.widget__issues li');
  await expect(issues).toHaveCount(4);
  await expect(issues.first()).toContainText('Ignored');
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
});

test('no serious accessibility issue (light theme, then dark)', async ({ page }) => {
  const widget = await open(page, '&theme=light');
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  await widget.getByLabel('Text', { exact: true }).selectOption('pasted');
  for (const theme of ['light', 'dark'] as const) {
    // One page load for both: `&theme=` sets the root's data-theme, which the page's CSS follows.
    await page.evaluate((t) => (document.documentElement.dataset['theme'] = t), theme);
    const axe = await seriousAxe(page).include('[data-widget="CharRNN"]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      ),
      `${theme} theme`,
    ).toEqual([]);
  }
});
