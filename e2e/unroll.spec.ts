import type { Locator, Page } from '@playwright/test';
import type { Vector } from '../src/core/matrix';
import { srnStep } from '../src/core/lessons';
import { buildUnrollModel } from '../src/widgets/Unroll/model';
import { expect, openInChapter, seriousAxe, test } from './fixtures';

const EN = 'The cat sat on the mat.';

/** s_0 … s_{T−1} from the core engine's single step, chained here from s_{−1} = 0. */
function coreStates(sentence: string, hidden = 4, seed = 1): number[][] {
  const m = buildUnrollModel({ sentence, hidden, seed });
  let s: Vector = new Float64Array(hidden);
  return m.xs.map((x) => {
    s = srnStep(m.weights, x, s, 'tanh').s;
    return Array.from(s);
  });
}

async function openUnroll(page: Page, query = '') {
  await page.goto(`/embed.html?widget=Unroll${query}`);
  const widget = page.locator('[data-widget="Unroll"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

const copies = (widget: Locator) => widget.locator('g.copy');
const selected = (widget: Locator) => widget.locator('g.copy[role="option"][aria-selected="true"]');
async function copyValues(copy: Locator) {
  return copy
    .locator('rect.copy__cell')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
}
async function shownState(widget: Locator) {
  const cells = widget.getByTestId('state').locator('g.cell');
  return {
    values: await cells.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value')))),
    text: await cells.locator('text.cell__value').allTextContents(),
  };
}

test('every copy shows the core engine’s s_t, and the focused step its numbers', async ({
  page,
}) => {
  const widget = await openUnroll(page);
  const expected = coreStates(EN);
  await expect(copies(widget)).toHaveCount(6);
  for (let t = 0; t < 6; t++) {
    const values = await copyValues(copies(widget).nth(t));
    values.forEach((v, i) => expect(v).toBeCloseTo(expected[t]![i]!, 12));
  }
  // Hover the copy that reads the second "the": the strip and the equation follow it.
  await copies(widget).nth(4).hover();
  await expect(widget.getByTestId('state')).toContainText('s₄ after reading “the”');
  const shown = await shownState(widget);
  shown.values.forEach((v, i) => expect(v).toBeCloseTo(expected[4]![i]!, 12));
  expect(shown.text).toEqual(expected[4]!.map((v) => v.toFixed(3)));
  const equation = widget.getByTestId('equation');
  for (const v of expected[4]!)
    await expect(equation).toContainText(v.toFixed(2).replace('-', '−'));
  await expect(widget.getByTestId('prediction')).toContainText('o₄ = softmax(V s₄)');
});

test('the T slider sets the number of copies; arrow keys move between steps', async ({ page }) => {
  const widget = await openUnroll(page);
  const slider = widget.getByLabel('Copies T');
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('4');
  await expect(copies(widget)).toHaveCount(4);
  await expect(widget.locator('g.between')).toHaveCount(3);
  await page.keyboard.press('End');
  await expect(copies(widget)).toHaveCount(6);

  // The focused copy is one Tab stop; arrows move along the chain and carry focus.
  const expected = coreStates(EN);
  const current = selected(widget);
  await current.focus();
  await expect(current).toHaveAttribute('data-step', '2');
  await page.keyboard.press('ArrowRight');
  await expect(selected(widget)).toHaveAttribute('data-step', '3');
  await expect(selected(widget)).toBeFocused();
  const shown = await shownState(widget);
  expect(shown.text).toEqual(expected[3]!.map((v) => v.toFixed(3)));
  await page.keyboard.press('Home');
  await expect(selected(widget)).toHaveAttribute('data-step', '0');
  await expect(widget.getByLabel('Step shown t')).toHaveValue('0');
});

test('a shared matrix lights up in every copy at once', async ({ page }) => {
  const widget = await openUnroll(page);
  await widget.getByRole('button', { name: /every use of V/ }).hover();
  await expect(widget.locator('.copy .edge--V.edge--lit')).toHaveCount(6);
  await expect(widget.locator('.edge--lit')).toHaveCount(6);
  await expect(widget.getByTestId('lit')).toContainText('V (state → output) is lit in all 6');
  // Not colour alone: the lit arrows are thicker than the others.
  const width = (sel: string) =>
    widget
      .locator(sel)
      .first()
      .evaluate((e) => getComputedStyle(e).strokeWidth);
  expect(await width('.edge--lit line')).toBe('4px');
  expect(await width('.edge--U line')).toBe('1.5px');
});

test('folding animates, and with reduced motion it jumps to the end state', async ({ page }) => {
  let widget = await openUnroll(page);
  const first = copies(widget).first();
  expect(await first.evaluate((e) => getComputedStyle(e).transitionDuration)).toContain('0.65s');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  widget = await openUnroll(page);
  const copy5 = copies(widget).nth(5);
  expect(await copy5.evaluate((e) => getComputedStyle(e).transitionDuration)).toMatch(
    /^0s(, 0s)*$/,
  );
  await widget.getByRole('button', { name: 'Fold into a loop' }).click();
  // No tween: the last copy already stands on the first, with no waiting.
  expect(await copy5.evaluate((e) => new DOMMatrix(getComputedStyle(e).transform).e)).toBe(16);
  await expect(widget.locator('g.copy[aria-hidden="true"]')).toHaveCount(5);
  await expect(widget.locator('figcaption')).toContainText('Folded: one cell, shown at step 2');
});

test('a typed sentence is read; an unusable one gives a message and changes nothing', async ({
  page,
}) => {
  const widget = await openUnroll(page);
  await widget.locator('summary', { hasText: 'More settings' }).click();
  const input = widget.getByLabel('Sentence');
  await input.fill('...');
  await expect(widget.getByText(/Type at least one word/)).toBeVisible();
  await expect(copies(widget)).toHaveCount(6);
  await input.fill('Colourless green ideas sleep furiously');
  await expect(copies(widget)).toHaveCount(5);
  const values = await copyValues(copies(widget).nth(4));
  const expected = coreStates('Colourless green ideas sleep furiously')[4]!;
  values.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
});

test('Chinese embed reads characters, and the figure fits 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = await openUnroll(page, '&lang=zh');
  await expect(copies(widget).locator('text.copy__in')).toHaveText([
    '今',
    '天',
    '天',
    '气',
    '很',
    '好',
  ]);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await widget.getByRole('button', { name: '折叠成环' }).click();
  await expect(widget.locator('g.copy[aria-hidden="true"]')).toHaveCount(5);
});

// One page load for both themes: an embed's theme follows the system's, which switches live.
test('no serious accessibility issue (light theme, then dark)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openUnroll(page);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await seriousAxe(page).include('[data-widget="Unroll"]').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(
      serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      `${colorScheme} theme`,
    ).toEqual([]);
  }
});

test('on the Chinese chapter page: six copies of 今天天气很好, the engine’s numbers, 56 weights', async ({
  page,
}) => {
  const widget = await openInChapter(page, 'Unroll', 'zh');
  const expected = coreStates('今天天气很好。');
  await expect(copies(widget)).toHaveCount(6);
  for (let t = 0; t < 6; t++) {
    const values = await copyValues(copies(widget).nth(t));
    values.forEach((v, i) => expect(v).toBeCloseTo(expected[t]![i]!, 12));
  }
  // What the chapter tells the reader: T changes the copies, not the shared weights; the
  // guesses come from untrained weights; the zh UI says 字 for the characters it reads.
  const params = widget.getByTestId('lit');
  await expect(params).toContainText(
    '无论句子多长，网络都只有 56 个权重：U 20 个，W 16 个，V 20 个。',
  );
  const slider = widget.getByLabel('副本数 T');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(copies(widget)).toHaveCount(1);
  await expect(params).toContainText('56 个权重');
  await expect(widget.getByTestId('prediction')).toContainText('权重是随机的、未经训练');
  await page.keyboard.press('End');
  await expect(selected(widget)).toHaveAttribute('aria-label', /最可能的下一个字/);
  await widget.getByRole('button', { name: '折叠成环' }).click();
  await expect(widget.getByRole('button', { name: '展开这个环' })).toBeVisible();
});
