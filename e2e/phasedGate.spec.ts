import { timeGate } from '../src/core/lessons';
import { expect, openInChapter, openMoreSettings, test } from './fixtures';

const CHAPTER = '04-clockwork';

test('PhasedGate, in both languages: k_t at whole steps equals the core’s, the clockwork module ticks every τ steps', async ({
  page,
}) => {
  for (const lang of ['en', 'zh'] as const) {
    const widget = await openInChapter(page, 'PhasedGate', lang, CHAPTER);
    const slider = widget.getByRole('slider').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // τ = 9
    const gate = { period: 9, shift: 0, openRatio: 0.25, leak: 0 };
    const rows = widget.getByTestId('gate-table').locator('tbody tr');
    await expect(rows).toHaveCount(10);
    const shown = await rows.evaluateAll((trs) =>
      trs.map((tr) => Number(tr.querySelectorAll('td')[2]!.getAttribute('data-value'))),
    );
    shown.forEach((k, t) => expect(k).toBe(timeGate(gate, t)));
    const runs = await widget
      .getByTestId('gate-plot')
      .locator('rect.time-gate-plot__tick')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-runs') === 'true'));
    expect(runs).toEqual(Array.from({ length: 27 }, (_, t) => t % 9 === 0));
    await expect(widget.getByTestId('gate-summary')).toContainText(
      lang === 'en' ? 't = 0, 9, 18' : 't = 0, 9, 18）',
    );
    if (lang === 'en') {
      await openMoreSettings(widget);
      await widget.getByLabel('Preset').selectOption('training');
      const leaky = { period: 8, shift: 0, openRatio: 0.25, leak: 0.1 };
      const k5 = await rows.nth(5).locator('td').nth(2).getAttribute('data-value');
      expect(Number(k5)).toBe(timeGate(leaky, 5));
      expect(Number(k5)).toBeGreaterThan(0);
    }
  }
});
