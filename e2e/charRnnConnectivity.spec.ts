import type { Locator } from '@playwright/test';
import { encodeLoosely, OTHER_SYMBOL } from '../src/core/charModel';
import { connectivity } from '../src/core/diagnostics';
import { open, shippedModel } from './charRnnPage';
import { expect, openInChapter, test } from './fixtures';

const connectivityValues = (widget: Locator) =>
  widget
    .getByTestId('connectivity-strip')
    .locator('rect.connectivity-strip__cell')
    .evaluateAll((els) =>
      els.map((e) => (e.hasAttribute('data-value') ? Number(e.getAttribute('data-value')) : null)),
    );

for (const [lang, probe] of [
  ['en', 'The state carries the past forward.'],
  ['zh', '网络读入一个字，就更新一次状态。'],
] as const) {
  test(`${lang}: the connectivity panel shows the core engine's ‖∂q_t/∂x_k‖ for a fixed text, t by keyboard`, async ({
    page,
  }) => {
    const widget = await open(page, `&probe=${encodeURIComponent(probe)}`, lang);
    await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
    const { model, params, symbols } = shippedModel(lang);
    const { indices } = encodeLoosely(probe, symbols, OTHER_SYMBOL);
    const strip = widget.getByTestId('connectivity-strip');
    const expectEngine = async (t: number) => {
      await expect(strip).toHaveAttribute('data-t', String(t));
      const shown = await connectivityValues(widget);
      const engine = connectivity(model, params, indices, t);
      expect(shown).toHaveLength(indices.length);
      shown.forEach((v, k) => {
        if (k > t) expect(v).toBeNull();
        else expect(Math.abs(v! - engine[k]!)).toBeLessThanOrEqual(1e-12 * engine[k]!);
      });
    };
    const last = indices.length - 1;
    await expectEngine(last);
    await expect(widget.getByTestId('connectivity-readout')).toContainText(
      lang === 'en' ? 'half of the influence comes from the last' : '一半的影响来自最近的',
    );
    await strip.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expectEngine(last - 3);
    await strip.locator('rect.connectivity-strip__cell').nth(5).click();
    await expectEngine(5);
  });
}

test('zh chapter: no U+FFFD in samples, predictions or anywhere in the figure; "other" is named', async ({
  page,
}) => {
  const widget = await openInChapter(page, 'CharRNN', 'zh');
  await expect(widget.getByTestId('weights-source')).toHaveAttribute('data-source', 'shipped');
  // A character the model has never seen is read as the "other" symbol, and named so.
  await widget.getByLabel('要读的文本').fill('循环网络鑫');
  await expect(widget.getByTestId('focus-readout')).toContainText('⟨其他⟩');
  // Several samples from the shipped model.
  for (let i = 0; i < 4; i++) {
    await expect(widget).toHaveAttribute('data-status', 'ready');
    expect(await widget.getByTestId('sample').textContent()).not.toContain('\uFFFD');
    expect(await widget.getByTestId('predictions').textContent()).not.toContain('\uFFFD');
    expect(await widget.textContent()).not.toContain('\uFFFD');
    await widget.getByRole('button', { name: '重新采样' }).click();
  }
});
