import { readFileSync } from 'node:fs';
import { stripMarkup } from '../src/core/charModel';
import { minCharRnnRun } from '../src/core/experiments';
import { expect, openInChapter, test } from './fixtures';

/** The first iteration of the figure's default run, computed here by the core on the same text. */
function firstIteration(lang: 'en' | 'zh') {
  const text = stripMarkup(readFileSync(`content/${lang}/05-implementation.mdx`, 'utf8'));
  const run = minCharRnnRun({
    text,
    hiddenSize: 100,
    seqLength: 25,
    learningRate: 0.1,
    clip: 5,
    seed: 1,
    sampleEvery: 100,
    sampleLength: 200,
    steps: 1,
    pointEvery: 10,
  });
  const report = run.next();
  if (report.done) throw new Error('no iteration');
  return report.value({ now: 0, final: true });
}

/** The numbers of a sentence as the page writes them (grouped, at most 10 decimals). */
const numbersIn = (text: string) =>
  [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', '')));

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: min-char-rnn trains on the chapter page, starts at T ln V and agrees with the engine at iteration 0`, async ({
    page,
  }) => {
    const widget = await openInChapter(page, 'MinCharRNN', lang, '05-implementation');
    const expected = firstIteration(lang);
    const status = widget.getByTestId('minchar-status');
    await widget
      .getByRole('button', { name: lang === 'en' ? 'Train min-char-rnn' : '训练 min-char-rnn' })
      .click();
    await expect(widget).toHaveAttribute('data-status', 'running');
    await expect(widget.getByTestId('minchar-first')).toBeVisible({ timeout: 15_000 });
    // T ln V, where the smoothed loss starts, with the text's V.
    const start = numbersIn((await widget.getByTestId('minchar-start').textContent())!);
    expect(start.slice(0, 3)).toEqual([
      25,
      expected.vocabSize,
      Number(expected.startLoss.toFixed(4)),
    ]);
    // Iteration 0: both programs' losses, as the core computes them (Chromium's exp and tanh may
    // differ from Node's in the last bits), and the same initial weights (difference 0).
    const first = (await widget.getByTestId('minchar-first').textContent())!;
    // The losses are the first numbers above 1 (the sentence names iteration 0 first).
    const [hand, engine] = numbersIn(first).filter((x) => x > 1);
    expect(Math.abs(hand! - expected.firstLoss.hand) / hand!).toBeLessThan(1e-9);
    expect(Math.abs(engine! - expected.firstLoss.engine) / engine!).toBeLessThan(1e-9);
    expect(first).toMatch(lang === 'en' ? /largest difference 0\)/ : /最大差值 0）/);
    // The first sample, printed at iteration 0 as the gist does.
    await expect(widget.getByTestId('minchar-samples').locator('pre').first()).toHaveAttribute(
      'data-step',
      '0',
    );
    // Pause: the job stops at an iteration and says so (its last snapshot is marked paused).
    await widget.getByRole('button', { name: lang === 'en' ? 'Pause' : '暂停' }).click();
    await expect(status).toHaveText(
      lang === 'en' ? /^Paused at iteration \d+ of 10000\.$/ : /^已暂停：在第 \d+ 轮/,
    );
    await expect(widget).toHaveAttribute('data-status', 'ready');
  });
}
