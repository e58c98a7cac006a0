import type { Locator, Page } from '@playwright/test';
import {
  backward,
  buildVocabulary,
  encode,
  forward,
  initCharRnn,
  type Mat,
} from '../src/core/handmade';
import { formatValue } from '../src/widgets/CodeStepper/format';
import { EXAMPLE_HIDDEN, EXAMPLE_SCALE } from '../src/widgets/CodeStepper/record';
import { expect, openInChapter, overflowingElements, test } from './fixtures';

/** "hello": inputs h e l l, targets e l l o, over the vocabulary e, h, l, o. */
const HELLO = encode(buildVocabulary('hello'), 'hello');
const INPUTS = HELLO.slice(0, -1);
const TARGETS = HELLO.slice(1);

/** The example, computed here with the hand-written functions themselves. */
function handmade(seed: number) {
  const model = initCharRnn(4, EXAMPLE_HIDDEN, seed, EXAMPLE_SCALE);
  const pass = forward(model, INPUTS, TARGETS, new Float64Array(EXAMPLE_HIDDEN));
  return { pass, grads: backward(model, pass, TARGETS) };
}

const flat = (v: number | number[] | number[][]): number[] =>
  typeof v === 'number' ? [v] : (v as (number | number[])[]).flat();

/** Equal up to the last bits (Chromium's Math.tanh and exp may round differently from Node's). */
function expectClose(shown: readonly number[], expected: ArrayLike<number>) {
  expect(shown).toHaveLength(expected.length);
  shown.forEach((v, k) => expect(Math.abs(v - expected[k]!)).toBeLessThan(1e-12));
}

/** The value under the line that writes `name`, exactly (data-value) and as shown. */
async function lineValue(widget: Locator, name: string) {
  const el = widget.locator(`[data-testid="line-value"][data-name="${name}"]`);
  await expect(el).toHaveCount(1);
  return {
    exact: flat(JSON.parse((await el.getAttribute('data-value'))!) as number[]),
    text: (await el.textContent())!,
  };
}

/** Alone, through the embed page (any seed). */
async function openStepper(page: Page, lang: 'en' | 'zh', seed = 1) {
  await page.goto(`/embed.html?widget=CodeStepper&lang=${lang}&seed=${seed}`);
  const widget = page.locator('[data-widget="CodeStepper"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  return widget;
}

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: on the chapter page, stepping by keyboard shows the hand-written code’s own values beside its lines`, async ({
    page,
  }) => {
    const widget = await openInChapter(page, 'CodeStepper', lang, '05-implementation');
    const { pass, grads } = handmade(1);
    const current = widget.locator('[aria-current="step"]');
    await expect(current).toHaveCount(0);
    await expect(widget.getByTestId('code-listing')).not.toContainText('#region');

    // s, loss, the loop's t = 0, then forwardStep's x and z: five lines.
    const forwardButton = widget.getByRole('button', {
      name: lang === 'en' ? 'Run one line' : '运行一行',
    });
    await forwardButton.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(current).toContainText(
      'const z = add(add(matVec(m.U, x), matVec(m.W, sPrev)), m.b);',
    );
    const step0 = pass.steps[0]!;
    const z = await lineValue(widget, 'z');
    expectClose(z.exact, step0.z);
    expect(z.text).toBe(`z = ${formatValue(step0.z)}`);
    expectClose((await lineValue(widget, 'x')).exact, step0.x);
    await expect(widget.getByTestId('code-stepper-position')).toContainText(
      lang === 'en' ? 'Forward pass, t = 0: line' : '前向传播，t = 0：',
    );

    // To the end: the gradients under backwardStep's lines are backward()'s.
    await page.keyboard.press('End');
    await expect(current).toContainText('dsNext = backwardStep(');
    for (const name of ['U', 'W', 'b', 'V', 'c'] as const) {
      const g = grads[name];
      const expected = g instanceof Float64Array ? g : (g as Mat).data;
      expectClose((await lineValue(widget, `g.${name}`)).exact, expected);
    }
    await page.keyboard.press('Home');
    await expect(current).toHaveCount(0);
  });
}

test('fits a phone: the code scrolls inside its own box, never the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const widget = await openStepper(page, 'en');
  await widget.getByRole('button', { name: 'Run to the end' }).click();
  expect(await overflowingElements(widget)).toEqual([]);
  const listing = widget.getByTestId('code-listing');
  await expect(listing).toHaveAttribute('tabindex', '0');
  // The current line is scrolled into the listing's view.
  const inView = await listing.evaluate((box) => {
    const line = box.querySelector('[aria-current="step"]')!.getBoundingClientRect();
    const frame = box.getBoundingClientRect();
    return line.top >= frame.top && line.bottom <= frame.bottom;
  });
  expect(inView).toBe(true);
  // The current line is marked by more than colour: a ▶ and, for screen readers, its name.
  await expect(listing.locator('[aria-current="step"]')).toContainText('▶');
});
