// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { jobsFor, runJob, tabulate } from '../../core/experiments';
import { latchMeta } from './meta';

afterEach(cleanup);

// A small experiment, so the main-thread fallback (jsdom has no Worker) finishes quickly.
const small = { maxLag: 4, runs: 4, budget: 300 };

function renderLatch(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Latch')!} props={{ id: 'Latch-1', ...small, ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Latch"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('latch-table', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

describe('Latch', () => {
  it('runs the experiment and tabulates exactly what the core engine gives', async () => {
    const { root } = renderLatch();
    await ready(root);
    expect(screen.getByTestId('latch-progress').textContent).toContain('16 training runs');
    fireEvent.click(screen.getByRole('button', { name: /Run the experiment/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    await screen.findByText('All 16 runs done.', {}, { timeout: 20_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));

    const settings = latchMeta.props.parse(small);
    const expected = tabulate(
      settings,
      jobsFor(settings).map((job) => runJob(settings, job)),
    );
    const rows = within(screen.getByTestId('latch-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2', '4']);
    rows.forEach((row, i) => {
      const cells = within(row).getAllByRole('cell');
      const want = expected[i]!;
      expect(cells[0]!.textContent).toBe(`${want.gd!.solved} / ${want.gd!.runs}`);
      expect(cells[2]!.textContent).toBe(`${want.rs!.solved} / ${want.rs!.runs}`);
    });
    // The chart has one line per method, each with a marker per lag.
    expect(root.querySelectorAll('[data-series="gd"] .marker')).toHaveLength(2);
    expect(root.querySelectorAll('[data-series="rs"] .marker')).toHaveLength(2);
  }, 30_000);

  it('stops on request and drops results when the settings change', async () => {
    const { root } = renderLatch({ maxLag: 64, runs: 40, budget: 5000 });
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Run the experiment/ }));
    await screen.findByText(/of 480 runs done/, {}, { timeout: 10_000 });
    const stop = screen.getByRole('button', { name: /Stop/ }) as HTMLButtonElement;
    stop.focus();
    fireEvent.click(stop);
    expect(screen.getByTestId('latch-progress').textContent).toMatch(
      /Stopped after \d+ of 480 runs/,
    );
    expect(root.dataset['status']).toBe('ready');
    // Stop disables itself: focus goes to the run button, not to the page.
    expect(stop.disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Run the experiment/ }));
    // The settings sit under More settings, closed at first; opened, they work.
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    fireEvent.click(within(more).getByText('More settings'));
    expect(more.open).toBe(true);
    const slider = within(more).getByLabelText('Runs per lag and method');
    fireEvent.change(slider, { target: { value: '10' } });
    expect(screen.getByTestId('latch-progress').textContent).toContain('120 training runs');
    expect(within(screen.getByTestId('latch-table')).getAllByText('–').length).toBeGreaterThan(0);
  }, 30_000);

  it('pauses and resumes on the reader’s word, and says so', async () => {
    const { root } = renderLatch({ maxLag: 64, runs: 40, budget: 5000 });
    await ready(root);
    // The chart comes first, then the run button, then the table, then More settings.
    const order = [
      root.querySelector('.latch__chart')!,
      screen.getByRole('button', { name: /Run the experiment/ }),
      screen.getByTestId('latch-table'),
      screen.getByTestId('more-settings'),
    ];
    for (let k = 1; k < order.length; k++)
      expect(
        order[k - 1]!.compareDocumentPosition(order[k]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Run the experiment/ }));
    await screen.findByText(/of 480 runs done/, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    const paused = screen.getByTestId('latch-progress').textContent!;
    expect(paused).toMatch(/^Paused after \d+ of 480 runs\.$/);
    fireEvent.click(screen.getByRole('button', { name: /Resume/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    await screen.findByText(/of 480 runs done…/, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: /Stop/ }));
  }, 30_000);

  it('speaks Chinese', async () => {
    const { root } = renderLatch({}, 'zh');
    await ready(root);
    expect(screen.getByRole('button', { name: /运行实验/ })).toBeTruthy();
  });
});
