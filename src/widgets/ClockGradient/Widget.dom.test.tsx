// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { measureClockGradient } from '../../core/experiments';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { clockGradientMeta } from './meta';
import { parsePeriods } from './periods';
import { fmtNorm, tableLags } from './useClockGradientView';

afterEach(cleanup);

const small = { horizon: 16, unitsPerModule: 2 };

function renderFigure(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('ClockGradient')!}
        props={{ id: 'ClockGradient-1', ...small, ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="ClockGradient"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('norm-table', {}, { timeout: 8000 });
  await act(async () => {});
  await waitFor(() => expect(root.dataset['status']).toBe('ready'));
}

/** The table's numbers, row by row (data-value: full precision). */
const tableValues = () =>
  within(screen.getByTestId('norm-table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('td')].map((td) => Number(td.dataset['value'])));

function expectCore(props: Record<string, unknown>) {
  const p = clockGradientMeta.props.parse({ ...small, ...props });
  const m = measureClockGradient({ ...p, periods: parsePeriods(p.periods) as number[] });
  expect(tableValues()).toEqual(
    tableLags(m.T).map((lag) => [
      ...m.modules.map((v) => v[lag]),
      m.clockworkWhole[lag],
      m.srn[lag],
    ]),
  );
  return m;
}

describe('ClockGradient', { timeout: 30_000 }, () => {
  it('shows the core’s norms, the readout’s numbers and the held-module check', async () => {
    const { root } = renderFigure();
    await ready(root);
    const m = expectCore({});
    const slow = m.modules[3]![16]!;
    const readout = screen.getByTestId('readout').textContent!;
    expect(readout).toContain(`slowest module (period 8) has taken 2 nonlinear steps`);
    expect(readout).toContain(fmtNorm(slow));
    expect(readout).toContain(fmtNorm(m.srn[16]!));
    const held = screen.getByTestId('held-check');
    expect(held.dataset['heldSteps']).toBe(String(m.held.steps));
    expect(held.dataset['heldSpans']).toBe(String(m.held.spans));
    expect(held.dataset['heldMaxDeviation']).toBe('0');
    expect(held.textContent).toContain('largest deviation 0');
    // Five lines — the SRN and four modules — told apart by dash pattern and end label.
    const chart = screen.getByTestId('gradient-chart');
    const dashes = [...chart.querySelectorAll('g.line path')].map((p) =>
      p.getAttribute('stroke-dasharray'),
    );
    expect(new Set(dashes).size).toBe(5);
    expect([...chart.querySelectorAll('.line__label')].map((t) => t.textContent)).toEqual([
      'SRN',
      '1: T = 1',
      '2: T = 2',
      '3: T = 4',
      '4: T = 8',
    ]);
  });

  it('follows the periods field, refuses a bad draft with a hint and keeps the last good figure', async () => {
    const { root } = renderFigure();
    await ready(root);
    const field = screen.getByLabelText('Periods, fastest first');
    fireEvent.change(field, { target: { value: '4,2' } });
    expect(screen.getByText(/each at least the one before it/)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expectCore({});
    fireEvent.change(field, { target: { value: '1, 3' } });
    await waitFor(() => expectCore({ periods: '1,3' }), { timeout: 8000 });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'lag',
      'module 1, T = 1',
      'module 2, T = 3',
      'CW-RNN, whole',
      'SRN, whole',
    ]);
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
  });

  it('with every period 1 says no module holds', async () => {
    const { root } = renderFigure({ periods: '1,1,1,1' });
    await ready(root);
    expectCore({ periods: '1,1,1,1' });
    expect(screen.getByTestId('held-check').textContent).toMatch(/No module holds/);
    expect(screen.getByTestId('held-check').dataset['heldSteps']).toBe('0');
  });

  it('speaks Chinese', async () => {
    const { root } = renderFigure({}, 'zh');
    await ready(root);
    expect(screen.getByTestId('readout').textContent).toContain('最慢的模块（周期 8）');
    expect(screen.getByLabelText('各模块周期（由快到慢）')).toBeTruthy();
  });

  it('refuses out-of-range periods in its schema, with a message', () => {
    for (const bad of ['0,1', '1,2,4,8,16', '8,4', '1,300', 'x'])
      expect(clockGradientMeta.props.safeParse({ periods: bad }).success, bad).toBe(false);
    expect(parsePeriods(' 1, 2 ,4 ')).toEqual([1, 2, 4]);
  });
});
