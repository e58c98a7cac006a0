// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { longLagJobs, runLongLag, tabulateLongLag } from '../../core/experiments';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { longLagMeta } from './meta';

afterEach(cleanup);

// A small experiment, so the main-thread fallback (jsdom has no Worker) finishes quickly.
const small = { T: 10, runs: 1, budget: 1000 };

function renderLongLag(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('LongLag')!} props={{ id: 'LongLag-1', ...small, ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="LongLag"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('long-lag-table', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

describe('LongLag', () => {
  it('runs the experiment and tabulates exactly what the core engine gives', async () => {
    const { root } = renderLongLag();
    await ready(root);
    expect(screen.getByTestId('long-lag-progress').textContent).toContain('3 training runs');
    fireEvent.click(screen.getByRole('button', { name: /Run the experiment/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    await screen.findByText('All 3 runs done.', {}, { timeout: 30_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));

    const settings = longLagMeta.props.parse(small);
    const expected = tabulateLongLag(
      settings,
      longLagJobs(settings).map((job) => runLongLag(settings, job)),
    );
    const rows = within(screen.getByTestId('long-lag-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'SRN',
      'GRU',
      'LSTM',
    ]);
    rows.forEach((row, i) => {
      const cells = within(row).getAllByRole('cell');
      const want = expected[i]!;
      expect(cells[0]!.textContent).toBe(`${want.summary!.solved} / 1`);
      expect(cells[2]!.textContent).toBe(`${Math.round(100 * want.meanShareRight)}%`);
    });
    // The published ordering beside ours: the LSTM solves it, the SRN does not.
    expect(within(rows[2]!).getAllByRole('cell')[3]!.textContent).toMatch(/^solves it/);
    expect(within(rows[0]!).getAllByRole('cell')[3]!.textContent).toMatch(/^fails/);
    // One learning curve per cell.
    for (const cell of ['srn', 'gru', 'lstm'])
      expect(root.querySelector(`[data-series="${cell}"] path`)!.getAttribute('d')).toBeTruthy();
  }, 40_000);

  it('pauses and resumes on the reader’s word; the forget bias is one click', async () => {
    const { root } = renderLongLag({ runs: 10, budget: 40000, T: 50 });
    await ready(root);
    fireEvent.click(screen.getByLabelText('1'));
    expect(screen.getByTestId('long-lag-forget').textContent).toContain('σ(1) = 0.731');
    fireEvent.click(screen.getByRole('button', { name: /Run the experiment/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    expect(screen.getByTestId('long-lag-progress').textContent).toMatch(
      /^Paused after \d+ of 30 runs\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: /Resume/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    fireEvent.click(screen.getByRole('button', { name: /Stop/ }));
    expect(screen.getByTestId('long-lag-progress').textContent).toMatch(/^Stopped after/);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Run the experiment/ }));
  }, 30_000);

  it('speaks Chinese', async () => {
    const { root } = renderLongLag({}, 'zh');
    await ready(root);
    expect(screen.getByRole('button', { name: /运行实验/ })).toBeTruthy();
    expect(screen.getByText(/论文的设置大得多/)).toBeTruthy();
  });
});
