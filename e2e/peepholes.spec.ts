import {
  peepholeExperiment,
  peepholeNetwork,
  peepholeRunSeed,
  spikeOutputs,
  summarisePeepholes,
  timingTests,
} from '../src/core/experiments';
import { spikeTimesOf } from '../src/core/tasks';
import { peepholesMeta } from '../src/widgets/Peepholes/meta';
import { expect, openInChapter, test } from './fixtures';

const peak = (y: readonly number[], after: number) => {
  let best = after + 1;
  for (let t = best; t < y.length; t++) if (y[t]! > y[best]!) best = t;
  return best;
};

for (const lang of ['en', 'zh'] as const) {
  test(`the spike times in the chapter are the core engine’s (${lang})`, async ({ page }) => {
    const widget = await openInChapter(page, 'Peepholes', lang, '03-lstm');
    const settings = peepholesMeta.props.parse({});
    const example = timingTests(settings)[0]!;
    const { first, second, target } = spikeTimesOf(example);
    const peakOf = (cell: 'plain' | 'peepholes') => {
      const { model, params } = peepholeNetwork(
        settings.hidden,
        cell,
        peepholeRunSeed(settings, 0),
      );
      return peak(spikeOutputs(model, params, example), second);
    };
    const text = widget.getByTestId('peepholes-times');
    const want =
      lang === 'en'
        ? `Input spikes at steps ${first} and ${second}, answer due at step ${target}; the largest output after the second spike is at step ${peakOf('plain')} without peepholes and ${peakOf('peepholes')} with them.`
        : `输入脉冲在第 ${first} 步和第 ${second} 步，应在第 ${target} 步回应；第二个脉冲之后输出最大的一步，不带窥视孔连接时是第 ${peakOf('plain')} 步，带窥视孔连接时是第 ${peakOf('peepholes')} 步。`;
    await expect(text).toContainText(want);
    await expect(widget.locator('.series-plot__lines path')).toHaveCount(4);
  });
}

test('the peephole runs go in the worker and the table equals the core engine’s', async ({
  page,
}) => {
  const small = { runs: 1, budget: 500, hidden: 2, minGap: 2, maxGap: 3 };
  const query = Object.entries(small)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  await page.goto(`/embed.html?widget=Peepholes&${query}`);
  const widget = page.locator('[data-widget="Peepholes"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await widget.getByRole('button', { name: /Train both cells/ }).click();
  await expect(widget.getByTestId('peepholes-progress')).toHaveText('All 2 runs done.', {
    timeout: 30_000,
  });
  const gen = peepholeExperiment(peepholesMeta.props.parse(small));
  let step = gen.next();
  while (!step.done) step = gen.next();
  const rows = widget.getByTestId('peepholes-table').locator('tbody tr');
  for (const [i, cell] of (['plain', 'peepholes'] as const).entries()) {
    const sum = summarisePeepholes(step.value, cell);
    const cells = rows.nth(i).locator('td');
    await expect(cells.nth(0)).toHaveText(`${sum.solved} / 1`);
    await expect(cells.nth(1)).toHaveText(
      sum.meanError.toLocaleString('en', { maximumFractionDigits: 2 }),
    );
  }
  await expect(widget.getByTestId('peepholes-times')).toContainText('The latest trained pair');
});

test('garbage in the URL gets a message and the defaults', async ({ page }) => {
  await page.goto('/embed.html?widget=Peepholes&lr=NaN&minGap=99');
  const widget = page.locator('[data-widget="Peepholes"]');
  await expect(widget).toHaveAttribute('data-status', 'ready');
  await expect(widget.getByText(/Ignored “lr=NaN”/)).toBeVisible();
  await expect(widget.getByText(/Ignored “minGap=99”/)).toBeVisible();
  await expect(widget.getByTestId('peepholes-progress')).toContainText('8 training runs');
});
