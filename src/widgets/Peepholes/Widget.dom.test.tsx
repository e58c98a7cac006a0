// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { peepholeExperiment, summarisePeepholes, timingTests } from '../../core/experiments';
import { spikeTimesOf } from '../../core/tasks';
import { peepholesMeta } from './meta';

afterEach(cleanup);

const small = { runs: 1, budget: 500, hidden: 2, minGap: 2, maxGap: 3 };

function renderPeepholes(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('Peepholes')!}
        props={{ id: 'Peepholes-1', ...small, ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Peepholes"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('peepholes-table', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

describe('Peepholes', () => {
  it('names the spike times of the first test sequence', async () => {
    const { root } = renderPeepholes();
    await ready(root);
    const { first, second, target } = spikeTimesOf(
      timingTests(peepholesMeta.props.parse(small))[0]!,
    );
    expect(screen.getByTestId('peepholes-times').textContent).toContain(
      `Input spikes at steps ${first} and ${second}, answer due at step ${target}`,
    );
    // Input, target and both outputs.
    expect(root.querySelectorAll('.series-plot__lines path')).toHaveLength(4);
  });

  it('runs the experiment and tabulates exactly what the core engine gives', async () => {
    const { root } = renderPeepholes();
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Train both cells/ }));
    await screen.findByText('All 2 runs done.', {}, { timeout: 30_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    const gen = peepholeExperiment(peepholesMeta.props.parse(small));
    let step = gen.next();
    while (!step.done) step = gen.next();
    const rows = within(screen.getByTestId('peepholes-table')).getAllByRole('row').slice(1);
    (['plain', 'peepholes'] as const).forEach((cell, i) => {
      const sum = summarisePeepholes(step.value, cell);
      const cells = within(rows[i]!).getAllByRole('cell');
      expect(cells[0]!.textContent).toBe(`${sum.solved} / 1`);
      expect(cells[1]!.textContent).toBe(
        sum.meanError.toLocaleString('en', { maximumFractionDigits: 2 }),
      );
    });
  }, 40_000);

  it('takes a longest gap below the shortest as the shortest, and speaks Chinese', async () => {
    const { root } = renderPeepholes({ minGap: 5, maxGap: 2 }, 'zh');
    await ready(root);
    const { first, second, target } = spikeTimesOf(
      timingTests(peepholesMeta.props.parse({ ...small, minGap: 5, maxGap: 5 }))[0]!,
    );
    expect([second - first, target - second]).toEqual([5, 5]);
    expect(screen.getByTestId('peepholes-times').textContent).toContain(
      `输入脉冲在第 ${first} 步和第 ${second} 步，应在第 ${target} 步回应`,
    );
  });
});
