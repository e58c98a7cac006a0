import { describe, expect, it } from 'vitest';
import { gateActivations, stateGradientNorms } from '../../../core/diagnostics';
import { evaluate, metricKind, type Watch } from '../../../core/experiments';
import { forward, lossAndGradient, sequenceLoss } from '../../../core/model';
import { rtrlGradient } from '../../../core/train';
import { jobKinds } from '../../../sim/jobs';
import { TypedArraySessionCore } from '../../../sim/typedArraySessionCore';
import { compose, heldOutSamples, type Composed } from '../compose';
import { emptyHistory, heldOutCount, historyReducer, withWatch } from '../history';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';

const defaults = playgroundMeta.props.parse({});
const composed = (patch: Partial<PlaygroundSettings>): Composed => {
  const c = compose(playgroundMeta.props.parse({ ...defaults, ...patch }));
  if (!c.ok) throw new Error(JSON.stringify(c.problem));
  return c;
};

/** The Playground's path: a config trained a few steps, then the registered job on its weights. */
function watchAfterTraining(patch: Partial<PlaygroundSettings>, steps = 5) {
  const c = composed(patch);
  const core = new TypedArraySessionCore(c.config);
  for (let i = 0; i < steps; i++) core.step();
  const params = core.getWeights();
  const samples = heldOutSamples(
    c.task,
    c.config.seed,
    heldOutCount(c.parameterCount, c.sampleLength),
  );
  const input = { spec: c.model.spec, params, samples, kind: metricKind(c.task) };
  const watch = jobKinds.playgroundWatch.run(input) as Watch;
  return { c, params, samples, watch };
}

describe('the Playground’s Watch job', () => {
  it.each<[string, Partial<PlaygroundSettings>]>([
    ['srn', { cell: 'srn', task: 'addingModern', taskParams: '{"T":12}' }],
    ['gru', { cell: 'gru', task: 'latch', taskParams: '{"T":8}', hidden: 6 }],
    ['lstm', { cell: 'lstm', task: 'reber', hidden: 5, peepholes: true }],
    ['clockwork', { cell: 'clockwork', task: 'sine', hidden: 8, periods: [1, 2, 4, 8] }],
  ])('%s: RTRL’s gradient equals BPTT’s to 1e-8, block by block', (_, patch) => {
    const { c, params, samples, watch } = watchAfterTraining(patch);
    if (!watch.agreement.ok) throw new Error(`refused: ${watch.agreement.reason}`);
    expect(watch.agreement.relative).toBeLessThan(1e-8);
    expect(watch.agreement.blocks.map((b) => b.name)).toEqual(
      c.model.layout.blocks.map((b) => b.name),
    );
    // The job's numbers are the core's: BPTT's and RTRL's gradients of the first sample.
    const bptt = lossAndGradient(c.model, params, samples[0]!).grad;
    const rtrl = rtrlGradient(c.model, params, samples[0]!).grad;
    for (const [k, b] of c.model.layout.blocks.entries()) {
      const row = watch.agreement.blocks[k]!;
      const part = (g: Float64Array) => g.subarray(b.offset, b.offset + b.rows * b.cols);
      const diff = Math.max(...part(bptt).map((v, i) => Math.abs(v - part(rtrl)[i]!)));
      expect(row.maxDiff).toBe(diff);
      expect(row.norm).toBeCloseTo(Math.hypot(...part(bptt)), 12);
    }
  });

  it('reads the metric, ‖∂E/∂s_t‖ and the gates the core computes', () => {
    const { c, params, samples, watch } = watchAfterTraining({ cell: 'lstm', hidden: 4 });
    const evaluation = evaluate(c.model, params, samples, metricKind(c.task));
    expect(watch.metric).toBe(evaluation.metric);
    expect(watch.states).toEqual(evaluation.states);
    const trace = forward(c.model, params, samples[0]!.inputs);
    const { dLogits } = sequenceLoss(c.model, trace, samples[0]!.targets);
    expect(watch.stateGradients).toEqual(stateGradientNorms(c.model, params, trace, dLogits));
    const gates = gateActivations(trace);
    expect(watch.gates.map((g) => g.name)).toEqual(['i', 'f', 'o', 'c']);
    for (const g of watch.gates) expect(g.values).toEqual(gates[g.name]);
  });

  it('says which clockwork modules ran at each step: t mod T_i = 0', () => {
    const { watch, samples } = watchAfterTraining({
      cell: 'clockwork',
      hidden: 6,
      periods: [1, 3, 4],
    });
    expect(watch.gates.map((g) => g.name)).toEqual(['modules']);
    const values = watch.gates[0]!.values;
    expect(values).toHaveLength(samples[0]!.inputs.length);
    values.forEach((row, t) => expect(row).toEqual([1, 3, 4].map((T) => (t % T === 0 ? 1 : 0))));
  });

  it('refuses RTRL for deep models and too large ones, saying why', () => {
    const deep = watchAfterTraining({ cell: 'gru', layers: 2, hidden: 4 }, 1).watch;
    expect(deep.agreement).toEqual({ ok: false, reason: 'shape' });
    expect(deep.stateGradients).toBeNull();
    const big = watchAfterTraining({ cell: 'lstm', hidden: 64, task: 'reber' }, 1).watch;
    expect(big.agreement.ok).toBe(false);
    if (big.agreement.ok || big.agreement.reason !== 'size') throw new Error('not refused by size');
    expect(big.agreement.work).toBeGreaterThan(3e7);
  });
});

describe('the Watch history', () => {
  it('drops a Watch that arrives after a reset, and adds one metric point per step', () => {
    const { watch } = watchAfterTraining({ cell: 'srn', hidden: 3 }, 1);
    const at = { step: 7, seconds: 1.5, weights: new Float64Array(0) };
    expect(withWatch(emptyHistory, at, watch)).toBe(emptyHistory);
    const trained = { ...emptyHistory, losses: [{ step: 7, value: 1, seconds: 1.5 }] };
    const once = withWatch(trained, at, watch);
    expect(once.metrics).toEqual([{ step: 7, value: watch.metric, seconds: 1.5 }]);
    expect(withWatch(once, at, watch).metrics).toHaveLength(1);
    expect(once.latest?.step).toBe(7);
  });

  it('keeps the training time of each loss point, paused time excluded as the session counts it', () => {
    const reduce = historyReducer();
    const session = { getWeights: () => new Float64Array(3) } as never;
    const progress = (step: number, elapsedMs: number) =>
      ({
        type: 'progress',
        step,
        loss: 1,
        lossSmoothed: 1,
        gradNorm: 1,
        stepsPerSecond: 1,
        elapsedMs,
        symbolsPerSecond: 1,
      }) as never;
    let h = reduce(emptyHistory, progress(10, 500), session);
    h = reduce(h, progress(20, 1250), session);
    expect(h.losses.map((p) => p.seconds)).toEqual([0.5, 1.25]);
    expect(h.pending?.step).toBe(10);
    h = reduce(h, { type: 'state', state: 'paused', reason: 'reader' } as never, session);
    expect(h.pending).toMatchObject({ step: 20, seconds: 1.25 });
  });

  it('starts afresh at a restored run’s step and hands its weights to the Watch at once', () => {
    const reduce = historyReducer();
    const restoredWeights = Float64Array.from([1, 2, 3]);
    let weights = new Float64Array(3);
    const session = { getWeights: () => weights } as never;
    const progress = (step: number, elapsedMs: number) =>
      ({
        type: 'progress',
        step,
        loss: 1,
        lossSmoothed: 0.25,
        gradNorm: 1,
        stepsPerSecond: 0,
        elapsedMs,
        symbolsPerSecond: 0,
      }) as never;
    let h = reduce(emptyHistory, progress(30, 500), session);
    h = { ...h, startGradients: [1, 2] };
    weights = restoredWeights;
    h = reduce(h, { type: 'state', state: 'idle', reason: 'restored' } as never, session);
    // Within the refresh interval, and at a step below the curve's last: still watched now.
    h = reduce(h, progress(12, 0), session);
    expect(h.losses).toEqual([{ step: 12, value: 0.25, seconds: 0 }]);
    expect(h.pending).toEqual({ step: 12, seconds: 0, weights: restoredWeights });
    expect(h.latest).toBeNull();
    expect(h.startGradients).toEqual([1, 2]);
  });
});
