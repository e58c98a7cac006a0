// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { minCharRnnRun, type MinCharRnnProgress } from '../../core/experiments';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { loadMinCharText } from './texts';

afterEach(cleanup);

// A short run, so the main-thread fallback (jsdom has no Worker) finishes quickly.
const small = { corpus: 'project', hidden: 8, steps: 30, sampleEvery: 10 };

function renderMinChar(lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('MinCharRNN')!} props={{ id: 'MinCharRNN-1', ...small }} />
    </LangContext.Provider>,
  );
  return utils.container.querySelector('[data-widget="MinCharRNN"]') as HTMLElement;
}

/** The core's own run on the same text and settings, to its end. */
async function coreRun(text: string) {
  const run = minCharRnnRun({
    text,
    hiddenSize: 8,
    seqLength: 25,
    learningRate: 0.1,
    clip: 5,
    seed: 1,
    sampleEvery: 10,
    sampleLength: 200,
    steps: 30,
    pointEvery: 1,
  });
  const snapshots: MinCharRnnProgress[] = [];
  for (let next = run.next(); !next.done; next = run.next())
    snapshots.push(next.value({ now: 0, final: false }));
  return snapshots;
}

const fmt = (x: number, digits: number) =>
  x.toLocaleString('en', { maximumFractionDigits: digits });

describe('MinCharRNN', () => {
  it('trains both programs and shows the core’s numbers: T ln V, iteration 0, samples', async () => {
    const root = renderMinChar();
    const status = await screen.findByTestId('minchar-status', {}, { timeout: 20_000 });
    await waitFor(() => expect(status.textContent).toMatch(/^Press “Train”/));
    fireEvent.click(screen.getByRole('button', { name: 'Train min-char-rnn' }));
    await waitFor(() => expect(status.textContent).toBe('Done: 30 iterations.'), {
      timeout: 30_000,
    });
    const snapshots = await coreRun(await loadMinCharText('project', 'en'));
    const last = snapshots.at(-1)!;
    const V = last.vocabSize;
    expect(screen.getByTestId('minchar-start').textContent).toContain(
      `T ln V = 25 × ln ${V} = ${fmt(25 * Math.log(V), 4)} nats`,
    );
    const first = screen.getByTestId('minchar-first').textContent!;
    expect(first).toContain(`loss is ${fmt(last.firstLoss.hand, 10)}`);
    expect(first).toContain(`the engine’s ${fmt(last.firstLoss.engine, 10)}`);
    expect(first).toContain('largest difference 0)');
    expect(screen.getByTestId('minchar-now').textContent).toContain(
      `Iteration 30: smoothed loss ${fmt(last.smoothed.hand, 4)} (hand-written) and ${fmt(last.smoothed.engine, 4)} (engine)`,
    );
    // The table says what the text says.
    const rows = within(screen.getByTestId('minchar-table')).getAllByRole('row');
    expect(rows[2]!.textContent).toContain(fmt(last.firstLoss.hand, 10));
    expect(rows[3]!.textContent).toContain(fmt(last.smoothed.engine, 4));
    // The gist's samples, the newest three: iterations 0, 10 and 20.
    const samples = within(screen.getByTestId('minchar-samples')).getAllByText(/^---- iteration/);
    const expected = snapshots.flatMap((p) => p.samples);
    expect(samples.map((el) => el.textContent)).toEqual(
      expected.map((x) => `---- iteration ${x.step} ----\n${x.text}`),
    );
    // Three lines: hand-written, engine, T ln V.
    expect(root.querySelectorAll('.series-plot__lines path')).toHaveLength(3);
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
  });

  it('takes the reader’s own text once it is long enough', async () => {
    renderMinChar();
    const status = await screen.findByTestId('minchar-status', {}, { timeout: 20_000 });
    await waitFor(() => expect(status.textContent).toMatch(/the project’s corpus/));
    fireEvent.click(screen.getByText('More settings'));
    fireEvent.click(screen.getByRole('radio', { name: 'your text' }));
    const box = screen.getByRole('textbox', { name: /Your own text/ });
    const use = screen.getByRole('button', { name: 'Train on this text' });
    fireEvent.change(box, { target: { value: 'too short' } });
    expect(use).toHaveProperty('disabled', true);
    expect(screen.getByText('The text needs at least 52 characters.')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'abcabd '.repeat(10) } });
    await act(async () => fireEvent.click(use));
    expect(status.textContent).toMatch(/trains on your text/);
  });

  it('speaks Chinese', async () => {
    renderMinChar('zh');
    expect(
      await screen.findByRole('button', { name: '训练 min-char-rnn' }, { timeout: 20_000 }),
    ).toBeTruthy();
  });
});
