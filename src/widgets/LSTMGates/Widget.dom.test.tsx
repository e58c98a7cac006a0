// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { lstmGatesMeta } from './meta';
import { buildGatesModel } from './model';

afterEach(cleanup);

const defaults = lstmGatesMeta.props.parse({});

function renderGates(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('LSTMGates')!} props={{ id: 'LSTMGates-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="LSTMGates"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('lstm-readout', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

/** A strip's full values and the unit labels above its cells. */
function strip(testId: string) {
  const cells = [...screen.getByTestId(testId).querySelectorAll('g.cell')];
  return {
    values: cells.map((c) => Number(c.getAttribute('data-value'))),
    labels: cells.map((c) => c.querySelector('text.cell__label')!.textContent),
  };
}

describe('LSTMGates', () => {
  it('shows both cells’ gates, c_t and s_t as the core computes them', async () => {
    const { root } = renderGates({ t: 2 });
    await ready(root);
    const model = buildGatesModel(defaults);
    const lstm = model.lstm[2]!;
    for (const g of ['i', 'f', 'g', 'o'] as const)
      expect(strip(`lstm-${g}`).values).toEqual(Array.from(lstm.gates[g].value));
    expect(strip('lstm-c').values).toEqual(Array.from(lstm.c));
    expect(strip('lstm-s').values).toEqual(Array.from(lstm.s));
    expect(strip('gru-z').values).toEqual(Array.from(model.gru[2]!.gates.z.value));
    expect(strip('gru-s').values).toEqual(Array.from(model.gru[2]!.s));
    expect(strip('lstm-f').labels).toEqual(['1', '2', '3']);
    const table = screen.getByTestId('paths-table');
    const first = [...table.querySelectorAll('tbody tr')[0]!.querySelectorAll('td[data-value]')];
    expect(Number(first[0]!.getAttribute('data-value'))).toBe(model.paths.cell[1]);
  });

  it('a forget gate set by keyboard is held: c_t = f·c_{t−1} + i·g with that f', async () => {
    const { root } = renderGates({ t: 3, unit: 2 });
    await ready(root);
    const slider = screen.getByLabelText('LSTM: Forget gate f') as HTMLInputElement;
    // The slider moves in steps of 0.05 from the computed value; a change event is what a key press gives.
    fireEvent.change(slider, { target: { value: '0.2' } });
    const model = buildGatesModel({ ...defaults, hand: 'lstm.f2@3:0.2' });
    const step = model.lstm[3]!;
    expect(step.gates.f.value[1]).toBe(0.2);
    expect(strip('lstm-c').values).toEqual(Array.from(step.c));
    expect(strip('lstm-c').values[1]).toBeCloseTo(
      0.2 * step.cPrev[1]! + step.gates.i.value[1]! * step.gates.g.value[1]!,
      15,
    );
    expect(strip('lstm-f').labels).toEqual(['1', '2 ✎', '3']);
    expect(screen.getByTestId('hand-lstm-f').dataset['held']).toBe('true');
    expect(screen.getByTestId('held-here').textContent).toContain('LSTM f = 0.200');
    // Letting it go gives the computed value back.
    fireEvent.click(screen.getByLabelText('Hold LSTM: Forget gate f by hand'));
    expect(strip('lstm-c').values).toEqual(Array.from(buildGatesModel(defaults).lstm[3]!.c));
    expect(screen.getByTestId('held-here').textContent).toBe(
      'No gate is held by hand at this step.',
    );
  });

  it('the “write, then keep” preset keeps c constant and the cell path at norm 1', async () => {
    const { root } = renderGates({ t: 5 });
    await ready(root);
    fireEvent.click(screen.getByText('More settings'));
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'keep' } });
    const model = buildGatesModel({
      ...defaults,
      hand: lstmGatesMeta.presets['keep']!.values.hand!,
    });
    expect(strip('lstm-c').values).toEqual(Array.from(model.lstm[0]!.c));
    expect(strip('gru-s').values).toEqual(Array.from(model.gru[0]!.s));
    const cellNorms = [...screen.getByTestId('paths-table').querySelectorAll('tbody tr')]
      .slice(0, -1)
      .map((row) => Number(row.querySelectorAll('td[data-value]')[0]!.getAttribute('data-value')));
    expect(cellNorms.every((n) => Math.abs(n - 1) < 1e-12)).toBe(true);
  });

  it('speaks Chinese on Chinese pages', async () => {
    const { root } = renderGates({}, 'zh');
    await ready(root);
    expect(screen.getByText('长短期记忆网络（LSTM）')).toBeTruthy();
    expect(screen.getByLabelText('门控循环单元（GRU）: 更新门 z')).toBeTruthy();
  });
});
