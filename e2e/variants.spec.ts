import { GREFF_VARIANTS } from '../src/core/cells';
import { ABLATION_DEFAULTS, runAblation, summariseAblation } from '../src/core/experiments';
import { variantsMeta } from '../src/widgets/Variants/meta';
import { expectStill, setTabHidden } from './figureKit';
import { expect, hydrated, recordStatuses, test } from './fixtures';

const small = { runs: 2, sequences: 100, hidden: 2 };
// A share link to the chapter's figure with these settings.
const query = Object.entries(small)
  .map(([k, v]) => `Variants-1.${k}=${v}`)
  .join('&');
const fixed = (x: number, lang: 'en' | 'zh') =>
  x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });

/** The ablation as the core engine computes it, for the same settings (once for both languages). */
let computed: NonNullable<ReturnType<typeof summariseAblation>[number]['summary']>[] | null = null;
function expected() {
  const settings = { ...ABLATION_DEFAULTS, ...variantsMeta.props.parse(small) };
  computed ??= summariseAblation(
    [0, 1].flatMap((run) => GREFF_VARIANTS.map((v) => runAblation(settings, v, run))),
  ).map((r) => r.summary!);
  return computed;
}

for (const lang of ['en', 'zh'] as const) {
  test(`in the ${lang} chapter the ablation runs in a worker and shows the core engine’s losses`, async ({
    page,
  }) => {
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const statuses = await recordStatuses(page);
    await page.goto(`/${lang}/03-lstm/?${query}#Variants-1`);
    await hydrated(page);
    const widget = page.locator('[data-widget="Variants"]');
    await widget.scrollIntoViewIfNeeded();
    await expect(widget).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
    await widget
      .getByRole('button', { name: lang === 'en' ? /Run the ablation/ : /运行消融实验/ })
      .click();
    await expect(widget.getByTestId('variants-progress')).toHaveText(
      lang === 'en' ? 'All 18 runs done.' : '18 次全部完成。',
      { timeout: 60_000 },
    );
    await expect(widget).toHaveAttribute('data-status', 'ready');
    expect((await statuses()).join(' → ')).toMatch(/ready → running → ready$/);
    expect(workers.some((url) => /simWorker/.test(url))).toBe(true);

    const want = expected();
    const rows = widget.getByTestId('variants-table').locator('tbody tr');
    await expect(rows).toHaveCount(9);
    for (const [i, summary] of want.entries()) {
      const cells = rows.nth(i).locator('td');
      await expect(cells.nth(2)).toHaveText(fixed(summary.median, lang));
      await expect(cells.nth(3)).toHaveText(
        `${fixed(summary.min, lang)} – ${fixed(summary.max, lang)}`,
      );
    }
    // The box plot has a box per variant and a dot per run.
    await expect(widget.locator('.box-row__box')).toHaveCount(9);
    await expect(widget.locator('.box-row__value')).toHaveCount(18);
    // The verdict names the variant with the worst median, from the same numbers.
    const worst = [...want].sort((a, b) => b.median - a.median)[0]!;
    await expect(widget.getByTestId('variants-verdict')).toContainText(fixed(worst.median, lang));
    await expect(widget.getByTestId('variants-paper')).toContainText(
      'the forget gate and the output activation function to be its most critical components',
    );
  });
}

test('the ablation waits while the tab is hidden and goes on when it is back', async ({ page }) => {
  await page.goto('/embed.html?widget=Variants&runs=10&sequences=600&hidden=2');
  const widget = page.locator('[data-widget="Variants"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await widget.getByRole('button', { name: /Run the ablation/ }).click();
  const progress = widget.getByTestId('variants-progress');
  await expect(progress).toContainText(/^[1-9]\d* of 90 runs done…/, { timeout: 30_000 });
  await setTabHidden(page, true);
  await expect(progress).toContainText('waiting while the tab is hidden');
  const done = async () => Number(/^(\d+)/.exec((await progress.textContent()) ?? '')?.[1]);
  await expectStill(done, await done());
  await setTabHidden(page, false);
  await expect(progress).toContainText('runs done…');
  await widget.getByRole('button', { name: /Stop/ }).click();
  await expect(progress).toContainText(/Stopped after \d+ of 90 runs/);
});
