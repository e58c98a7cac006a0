import { runCounter } from '../src/core/experiments';
import { counterMeta } from '../src/widgets/Counter/meta';
import { setTabHidden } from './figureKit';
import { expect, seriousAxe, test } from './fixtures';

const small = { trainMaxN: 4, testMaxN: 20, hidden: 2, budget: 400 };
const query = Object.entries(small)
  .map(([k, v]) => `${k}=${v}`)
  .join('&');

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: the counter trains both networks and shows the core engine’s numbers`, async ({
    page,
  }) => {
    await page.goto(`/embed.html?widget=Counter&lang=${lang}&${query}`);
    const widget = page.locator('[data-widget="Counter"]');
    await expect(widget).toHaveAttribute('data-status', 'ready');
    // The language is one click: aⁿbⁿcⁿ.
    await widget.getByLabel('aⁿbⁿcⁿ').check();
    await widget
      .getByRole('button', { name: lang === 'en' ? /Train both/ : /训练两个网络/ })
      .click();
    const verdict = widget.getByTestId('counter-verdict');
    await expect(verdict).toBeVisible({ timeout: 60_000 });
    await expect(widget).toHaveAttribute('data-status', 'ready');

    const [lstm, gru] = runCounter(counterMeta.props.parse({ ...small, language: 'anbncn' }));
    await expect(verdict).toContainText(`n = ${lstm!.longestRight}`);
    await expect(verdict).toContainText(`n = ${gru!.longestRight}`);
    const rows = widget.getByTestId('counter-table').locator('tbody tr');
    for (const [i, want] of [lstm!, gru!].entries()) {
      await expect(rows.nth(i).locator('td').nth(0)).toHaveText(String(want.longestRight));
      await expect(rows.nth(i).locator('td').nth(1)).toHaveText(
        `${want.right.filter(Boolean).length} / 20`,
      );
    }
    // The published finding sits beside ours: the LSTM counts, the GRU cannot.
    await expect(rows.nth(0).locator('td').nth(4)).toHaveText(
      lang === 'en' ? /counting mechanism/ : /计数机制/,
    );
    await expect(rows.nth(1).locator('td').nth(4)).toHaveText(
      lang === 'en' ? /cannot count/ : /无法计数/,
    );
    // With its results in, the figure has no serious accessibility problem.
    const axe = await seriousAxe(page).include('[data-widget="Counter"]').analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
}

test('the counter waits while the tab is hidden, says so, and goes on when shown', async ({
  page,
}) => {
  await page.goto('/embed.html?widget=Counter&budget=20000');
  const widget = page.locator('[data-widget="Counter"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  const progress = widget.getByTestId('counter-progress');
  const seen = async () => Number(/: (\d+) of/.exec(await progress.innerText())?.[1] ?? -1);
  await widget.getByRole('button', { name: /Train both/ }).click();
  await expect.poll(seen, { timeout: 30_000 }).toBeGreaterThan(0);
  await setTabHidden(page, true);
  await expect(progress).toHaveText('Waiting while the tab is hidden.', { timeout: 30_000 });
  await setTabHidden(page, false);
  await expect.poll(seen, { timeout: 30_000 }).toBeGreaterThan(0);
  const before = await seen();
  await expect.poll(seen, { timeout: 30_000 }).toBeGreaterThan(before);
  await widget.getByRole('button', { name: /Pause/ }).click();
  await expect(progress).toHaveText('Paused.');
  await expect(widget).toHaveAttribute('data-status', 'ready');
});
