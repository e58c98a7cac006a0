// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { stateGradientNorms } from '../../../core/diagnostics';
import { metricKind, watchModel, type Watch } from '../../../core/experiments';
import { forward, sequenceLoss } from '../../../core/model';
import { resolveConfig } from '../../../sim';
import { initialWeightsOf } from '../../../sim/sessionWeights';
import { LangContext } from '../../../ui/LangContext';
import { WidgetHost } from '../../host/WidgetHost';
import { findWidget } from '../../list';
import { compose, heldOutSamples, type Composed } from '../compose';
import { emptyHistory, heldOutCount, withWatch, type History } from '../history';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';
import { WatchPanel } from '../WatchPanel';

afterEach(cleanup);

const composed = (patch: Partial<PlaygroundSettings>): Composed => {
  const c = compose(playgroundMeta.props.parse(patch));
  if (!c.ok) throw new Error(JSON.stringify(c.problem));
  return c;
};

/** The seed's weights of a composition, watched as the job does, into a history at `step`. */
function watched(patch: Partial<PlaygroundSettings>, step = 0) {
  const c = composed(patch);
  const params = initialWeightsOf(resolveConfig(c.config));
  const samples = heldOutSamples(
    c.task,
    c.config.seed,
    heldOutCount(c.parameterCount, c.sampleLength),
  );
  const watch: Watch = watchModel({
    spec: c.model.spec,
    params,
    samples,
    kind: metricKind(c.task),
  });
  const losses = step ? [{ step, value: 0.5, seconds: 2.5 }] : [];
  const start = withWatch(emptyHistory, { step: 0, seconds: 0, weights: params }, watch);
  const history: History = step
    ? withWatch({ ...start, losses }, { step, seconds: 2.5, weights: params }, watch)
    : start;
  return { c, params, samples, watch, history };
}

const idle = { state: 'done', reason: null, error: null } as const;

function renderPanel(
  history: History,
  c: Composed,
  lang: 'en' | 'zh' = 'en',
  onAxis: (axis: string) => void = () => {},
) {
  return render(
    <LangContext.Provider value={lang}>
      <div className="playground">
        <WatchPanel
          history={history}
          metric={metricKind(c.task)}
          heldOut={3}
          axis="steps"
          onAxis={onAxis}
          job={idle}
        />
      </div>
    </LangContext.Provider>,
  );
}

describe('the Playground’s Watch views', () => {
  it('draws an LSTM’s gates, ‖∂E/∂s_t‖ and RTRL against BPTT with the core’s numbers', () => {
    const { c, params, samples, watch, history } = watched({ cell: 'lstm', hidden: 4 }, 40);
    renderPanel(history, c);
    const T = samples[0]!.inputs.length;
    for (const gate of ['i', 'f', 'o', 'c']) {
      const map = screen.getByTestId(`playground-gate-${gate}`);
      expect(map.querySelector('[data-steps]')!.getAttribute('data-steps')).toBe(String(T));
      expect(map.querySelectorAll('rect[data-value]').length).toBe(T * 4);
    }
    const trace = forward(c.model, params, samples[0]!.inputs);
    const norms = stateGradientNorms(
      c.model,
      params,
      trace,
      sequenceLoss(c.model, trace, samples[0]!.targets).dLogits,
    );
    const readout = screen.getByTestId('playground-gradients-readout').textContent!;
    expect(readout).toContain(`from ${norms[0]!.toExponential(2)} at t = 0`);
    expect(readout).toContain(`to ${norms[T - 1]!.toExponential(2)} at t = ${T - 1}`);
    expect(screen.getByTestId('playground-gradients').dataset['steps']).toBe(String(T));
    // The solid line now and the dashed one at step 0, each named in the key.
    expect(screen.getByText('step 40')).toBeTruthy();
    expect(screen.getByText('at step 0')).toBeTruthy();
    const agreement = screen.getByTestId('playground-agreement');
    expect(agreement.dataset['state']).toBe('compared');
    expect(Number(agreement.dataset['relative'])).toBeLessThan(1e-8);
    if (!watch.agreement.ok) throw new Error('refused');
    expect(agreement.textContent).toContain(watch.agreement.relative.toExponential(1));
    const table = screen.getByTestId('playground-agreement-table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + c.model.layout.blocks.length);
    expect(within(table).getByText('head.V')).toBeTruthy();
  });

  it('shows the clockwork modules that run at each step, and no gates for an SRN', () => {
    const clock = watched({ cell: 'clockwork', hidden: 8, periods: [1, 2, 4, 8] });
    renderPanel(clock.history, clock.c);
    const cells = screen
      .getByTestId('playground-gate-modules')
      .querySelectorAll('rect[data-value]');
    const T = clock.samples[0]!.inputs.length;
    expect(cells).toHaveLength(T * 4);
    // Column t, row m: 1 when t mod T_m = 0 (the chart writes t-major, then module).
    const expected = Array.from({ length: T }, (_, t) =>
      [1, 2, 4, 8].map((p) => (t % p === 0 ? '1' : '0')),
    ).flat();
    expect(Array.from(cells, (r) => r.getAttribute('data-value'))).toEqual(expected);
    cleanup();
    const srn = watched({ cell: 'srn', hidden: 4 });
    renderPanel(srn.history, srn.c);
    expect(screen.getByTestId('playground-gates-none').textContent).toMatch(/no gates/);
  });

  it('says why RTRL is not compared and per-step gradients are not drawn (deep, large)', () => {
    const deep = watched({ cell: 'gru', hidden: 4, layers: 2 });
    renderPanel(deep.history, deep.c);
    expect(screen.getByTestId('playground-agreement').dataset['state']).toBe('shape');
    expect(screen.getByTestId('playground-gradients-refused')).toBeTruthy();
    cleanup();
    const big = watched({ cell: 'lstm', hidden: 64 });
    renderPanel(big.history, big.c, 'zh');
    const refused = screen.getByTestId('playground-agreement');
    expect(refused.dataset['state']).toBe('size');
    expect(refused.textContent).toMatch(/次乘加/);
  });

  it('switches the curves to seconds of training', () => {
    const { c, history } = watched({ cell: 'srn', hidden: 4 }, 40);
    const chosen: string[] = [];
    renderPanel(history, c, 'en', (axis) => void chosen.push(axis));
    fireEvent.click(screen.getByRole('radio', { name: 'training time' }));
    expect(chosen).toEqual(['time']);
  });
});

describe('the Playground runs its Watch as a job', () => {
  it('shows the seed’s weights watched before training, as the core computes them', async () => {
    render(
      <LangContext.Provider value="en">
        <WidgetHost
          widget={findWidget('Playground')!}
          props={{ id: 'Playground', cell: 'gru', hidden: 5, task: 'latch', taskParams: '{"T":6}' }}
        />
      </LangContext.Provider>,
    );
    const agreement = await screen.findByTestId('playground-agreement', {}, { timeout: 15_000 });
    expect(Number(agreement.dataset['relative'])).toBeLessThan(1e-8);
    const { samples } = watched({ cell: 'gru', hidden: 5, task: 'latch', taskParams: '{"T":6}' });
    await waitFor(() =>
      expect(screen.getByTestId('playground-watch-status').dataset['step']).toBe('0'),
    );
    expect(screen.getByTestId('playground-gate-z')).toBeTruthy();
    expect(screen.getByTestId('playground-gradients').dataset['steps']).toBe(
      String(samples[0]!.inputs.length),
    );
    fireEvent.click(screen.getByRole('radio', { name: 'training time' }));
    await waitFor(() =>
      expect(screen.getByTestId('playground-curves').dataset['axis']).toBe('time'),
    );
  }, 30_000);
});
