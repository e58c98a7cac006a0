import type { Locator, Page } from '@playwright/test';
import { lstmGatesMeta } from '../src/widgets/LSTMGates/meta';
import { buildGatesModel } from '../src/widgets/LSTMGates/model';
import { expect, hydrated, openMoreSettings, test } from './fixtures';

/** Equal to the core's numbers up to the last bits (Chromium's Math.tanh and exp may round differently from Node's). */
function expectClose(shown: readonly number[], core: ArrayLike<number>) {
  expect(shown).toHaveLength(core.length);
  shown.forEach((v, k) => expect(Math.abs(v - core[k]!)).toBeLessThan(1e-12));
}

const defaults = lstmGatesMeta.props.parse({});

async function openGates(page: Page, lang: 'en' | 'zh') {
  await page.goto(`/${lang}/03-lstm/`);
  await hydrated(page);
  const widget = page.locator('[data-widget="LSTMGates"]');
  await widget.scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return widget;
}

/** A strip's values at full precision, as the page holds them. */
const strip = (widget: Locator, testId: string) =>
  widget
    .getByTestId(testId)
    .locator('g.cell')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));

test('a hand-set gate changes c_t as the equations say, and every number equals the core’s', async ({
  page,
}) => {
  const widget = await openGates(page, 'en');
  const step = widget.getByRole('button', { name: /Step forward/ });
  await step.click();
  await step.click();
  const free = buildGatesModel(defaults);
  expectClose(await strip(widget, 'lstm-c'), Array.from(free.lstm[2]!.c));
  expectClose(await strip(widget, 'gru-s'), Array.from(free.gru[2]!.s));
  const norms = await widget
    .getByTestId('paths-table')
    .locator('tbody tr')
    .first()
    .locator('td[data-value]')
    .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
  expectClose(norms, [
    free.paths.cell[1]!,
    free.paths.hidden[1]!,
    free.paths.forgetOnly[1]!,
    free.paths.gru[1]!,
  ]);

  // The forget gate of unit 1 at t = 2, set from the keyboard.
  const slider = widget.getByLabel('LSTM: Forget gate f', { exact: true });
  await slider.focus();
  for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowLeft');
  const f = Number(await slider.inputValue());
  await expect(widget.getByTestId('hand-lstm-f')).toHaveAttribute('data-held', 'true');
  const held = buildGatesModel({ ...defaults, hand: `lstm.f1@2:${f}` }).lstm[2]!;
  expect(held.gates.f.value[0]).toBe(f);
  const c = await strip(widget, 'lstm-c');
  expectClose(c, held.c);
  expect(c[0]).not.toBeCloseTo(free.lstm[2]!.c[0]!, 6);
  expect(c[0]!).toBeCloseTo(
    f * held.cPrev[0]! + held.gates.i.value[0]! * held.gates.g.value[0]!,
    14,
  );
  await expect(widget.getByTestId('held-here')).toContainText(`LSTM f = ${f.toFixed(3)}`);
  await expect(widget.getByTestId('lstm-f').locator('text.cell__label').first()).toHaveText('1 ✎');

  // One click on the box lets it go.
  await widget.getByLabel('Hold LSTM: Forget gate f by hand').click();
  expectClose(await strip(widget, 'lstm-c'), Array.from(free.lstm[2]!.c));
});

test('Chinese page: the preset “write, then keep” holds c and the cell path at norm 1', async ({
  page,
}) => {
  const widget = await openGates(page, 'zh');
  await expect(widget.getByText('长短期记忆网络（LSTM）', { exact: true })).toBeVisible();
  await expect(widget.getByText('遗忘门 f', { exact: true }).first()).toBeVisible();
  await openMoreSettings(widget);
  await widget.getByLabel('预设').selectOption('keep');
  const kept = buildGatesModel({ ...defaults, hand: lstmGatesMeta.presets['keep']!.values.hand! });
  await widget.getByRole('button', { name: /前进一步/ }).click();
  await widget.getByRole('button', { name: /前进一步/ }).click();
  expectClose(await strip(widget, 'lstm-c'), Array.from(kept.lstm[0]!.c));
  expectClose(await strip(widget, 'lstm-c'), Array.from(kept.lstm[2]!.c));
  await expect(widget.getByTestId('lstm-readout')).toContainText('写入 i·g = 0.000');
  const cellNorms = await widget
    .getByTestId('paths-table')
    .locator('tbody tr td:nth-of-type(2)')
    .evaluateAll((tds) => tds.slice(0, -1).map((td) => Number(td.getAttribute('data-value'))));
  expect(cellNorms.length).toBeGreaterThan(3);
  for (const n of cellNorms) expect(n).toBeCloseTo(1, 12);
});
