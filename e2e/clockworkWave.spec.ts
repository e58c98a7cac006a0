import {
  equalBudgetSizes,
  exponentialPeriods,
  runClockworkWave,
  WAVE_MODELS,
  waveOrdering,
  type WaveResult,
} from '../src/core/experiments';
import { createModel, parameterCount } from '../src/core/model';
import { clockworkWaveMeta } from '../src/widgets/ClockworkWave/meta';
import { expect, hydrated, recordStatuses, test } from './fixtures';

const small = { budget: 60, iterations: 30, modules: 4 };
// A share link to the chapter's figure with these settings.
const query = Object.entries(small)
  .map(([k, v]) => `ClockworkWave-1.${k}=${v}`)
  .join('&');
const NAMES = { clockwork: 'CW-RNN', srn: 'SRN', lstm: 'LSTM' } as const;

/** The experiment as the core engine computes it, for the same settings (once for both languages). */
let computed: WaveResult | null = null;
const expected = () => (computed ??= runClockworkWave(clockworkWaveMeta.props.parse(small)));

for (const lang of ['en', 'zh'] as const) {
  test(`in the ${lang} chapter the three networks train in a worker and the table shows the core’s order`, async ({
    page,
  }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const statuses = await recordStatuses(page);
    await page.goto(`/${lang}/04-clockwork/?${query}#ClockworkWave-1`);
    await hydrated(page);
    const widget = page.locator('[data-widget="ClockworkWave"]');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });

    // Parameter counts: the engine's, for the hidden sizes the page names, before any training.
    const sizes = equalBudgetSizes(small.budget, exponentialPeriods(small.modules));
    const rows = widget.getByTestId('clockwork-wave-table').locator('tbody tr');
    await expect(rows).toHaveCount(3);
    for (const [i, kind] of WAVE_MODELS.entries()) {
      const cells = rows.nth(i).locator('td');
      const hidden = Number(await cells.nth(0).textContent());
      expect(hidden).toBe(sizes[kind].hiddenSize);
      await expect(cells.nth(1)).toHaveText(String(parameterCount(createModel(sizes[kind].spec))));
      await expect(cells.nth(4)).toHaveText(lang === 'en' ? 'not checked' : '未核对');
    }

    await widget
      .getByRole('button', { name: lang === 'en' ? /Train the three networks/ : /训练三个网络/ })
      .click();
    await expect(widget.getByTestId('clockwork-wave-progress')).toHaveText(
      lang === 'en' ? 'All 30 updates done.' : '30 次更新全部完成。',
      { timeout: 30_000 },
    );
    await expect(widget).toHaveAttribute('data-status', 'ready');
    expect((await statuses()).join(' → ')).toMatch(/ready → running → ready$/);
    expect(workers.some((url) => /simWorker/.test(url))).toBe(true);

    const result = expected();
    const order = waveOrdering(result);
    for (const [i, kind] of WAVE_MODELS.entries()) {
      const cells = rows.nth(i).locator('td');
      await expect(cells.nth(2)).toHaveText(
        result.models[kind].nmse.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
          maximumSignificantDigits: 3,
        }),
      );
      await expect(cells.nth(3)).toHaveText(String(order.indexOf(kind) + 1));
    }
    await expect(widget.getByTestId('clockwork-wave-order')).toContainText(
      order.map((k) => NAMES[k]).join(lang === 'en' ? ', ' : '、'),
    );
    await expect(widget.locator('.module-strips__strip')).toHaveCount(small.modules);
  });
}

test('garbage in the URL gets a message and the defaults', async ({ page }) => {
  await page.goto('/embed.html?widget=ClockworkWave&budget=NaN&points=1,2&target=noise');
  const widget = page.locator('[data-widget="ClockworkWave"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  for (const bad of ['budget=NaN', 'points=1,2', 'target=noise'])
    await expect(widget.getByText(new RegExp(`Ignored “${bad}”`))).toBeVisible();
  await expect(widget.getByTestId('clockwork-wave-sizes')).toContainText('At about 250 parameters');
});
