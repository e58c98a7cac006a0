import type { Page } from '@playwright/test';
import {
  peepholeNetwork,
  peepholeRunSeed,
  spikeOutputs,
  tailMean,
  timingTests,
  untrainedDrift,
} from '../src/core/experiments';
import { spikeTimesOf } from '../src/core/tasks';
import { forgetGateMeta } from '../src/widgets/ForgetGate/meta';
import { peepholesMeta } from '../src/widgets/Peepholes/meta';
import { expect, hydrated, test } from './fixtures';

// Part 3's job figures where readers meet them, on /en/03-lstm/ and /zh/03-lstm/ with the MDX
// tags' defaults: what each shows before any run, checked against the core engine, and each
// figure's number and caption. One page load per language serves all four (these checks were
// four tests per language, each loading the chapter).

const number = (x: number, lang: 'en' | 'zh') =>
  x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3 });

const peakAfter = (y: readonly number[], after: number) => {
  let best = after + 1;
  for (let t = best; t < y.length; t++) if (y[t]! > y[best]!) best = t;
  return best;
};

/** Scrolls a figure of the open chapter into view (figures mount lazily) and waits for it. */
async function figure(page: Page, name: string) {
  const root = page.locator(`[data-widget="${name}"]`);
  await expect(root).toHaveCount(1);
  await root.scrollIntoViewIfNeeded();
  await expect(root).toHaveAttribute('data-status', 'ready', { timeout: 30_000 });
  return root;
}

const caption = (page: Page, name: string) =>
  page.locator('figure', { has: page.locator(`[data-widget="${name}"]`) }).locator('figcaption');

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: Part 3's job figures show the core engine's numbers, their figure numbers and captions`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/03-lstm/`);
    await hydrated(page);

    // ForgetGate: without a forget gate the cell state grows along the stream, with one it
    // stays bounded.
    const forget = await figure(page, 'ForgetGate');
    const drift = untrainedDrift(forgetGateMeta.props.parse({}));
    const open = tailMean(drift.noForget);
    const gated = tailMean(drift.forget);
    // The core's numbers: the 1997 cell's |c| at the stream's end is many times its start and
    // the gated cell's; the gated cell's never leaves a small range.
    const start = drift.noForget.subarray(0, drift.noForget.length / 10);
    expect(open).toBeGreaterThan((5 * start.reduce((a, v) => a + v, 0)) / start.length);
    expect(open).toBeGreaterThan(10 * gated);
    expect(Math.max(...drift.forget)).toBeLessThan(5);
    // The page says exactly those numbers.
    const driftText = forget.getByTestId('forget-drift');
    await expect(driftText).toContainText(number(open, lang));
    await expect(driftText).toContainText(number(gated, lang));
    await expect(forget.locator('.series-plot__lines path')).toHaveCount(2);

    // Peepholes: the spike times and both untrained networks' peaks are the core engine's.
    const peepholes = await figure(page, 'Peepholes');
    const settings = peepholesMeta.props.parse({});
    const example = timingTests(settings)[0]!;
    const { first, second, target } = spikeTimesOf(example);
    const peakOf = (cell: 'plain' | 'peepholes') => {
      const { model, params } = peepholeNetwork(
        settings.hidden,
        cell,
        peepholeRunSeed(settings, 0),
      );
      return peakAfter(spikeOutputs(model, params, example), second);
    };
    const want =
      lang === 'en'
        ? `Input spikes at steps ${first} and ${second}, answer due at step ${target}; the largest output after the second spike is at step ${peakOf('plain')} without peepholes and ${peakOf('peepholes')} with them.`
        : `输入脉冲在第 ${first} 步和第 ${second} 步，应在第 ${target} 步回应；第二个脉冲之后输出最大的一步，不带窥视孔连接时是第 ${peakOf('plain')} 步，带窥视孔连接时是第 ${peakOf('peepholes')} 步。`;
    await expect(peepholes.getByTestId('peepholes-times')).toContainText(want);
    await expect(peepholes.locator('.series-plot__lines path')).toHaveCount(4);

    // LongLag: the host numbers the figure and shows the chapter's caption under it; the
    // published ordering sits in the table.
    const longLag = await figure(page, 'LongLag');
    await expect(caption(page, 'LongLag')).toHaveText(
      lang === 'en'
        ? /^Figure 3\.\d+ — .*on the adding problem over seeded runs/
        : /^图 3\.\d+ — .*用不同种子多次学习加法问题/,
    );
    const rows = longLag.getByTestId('long-lag-table').locator('tbody tr');
    await expect(rows.nth(2).locator('td').nth(3)).toHaveText(
      lang === 'en' ? /^solves it/ : /^能解决/,
    );
    await expect(rows.nth(0).locator('td').nth(3)).toHaveText(lang === 'en' ? /^fails/ : /^失败/);

    // Counter: number, caption, and the paper the table compares with.
    const counter = await figure(page, 'Counter');
    await expect(caption(page, 'Counter')).toHaveText(
      lang === 'en'
        ? /^Figure 3\.\d+ — .*the LSTM’s cell counts/
        : /^图 3\.\d+ — .*LSTM 的细胞在计数/,
    );
    const headers = counter.getByTestId('counter-table').locator('thead th');
    await expect(headers.last()).toHaveText(/Weiss, Goldberg & Yahav 2018/);
  });
}
