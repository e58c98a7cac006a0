import { softmax } from '../../core/activations';
import {
  clockworkModules,
  type GruCache,
  type JordanCache,
  type LstmCache,
  type StepCache,
} from '../../core/cells';
import { applyReadout, createEsn, extendedState, runReservoir, trainReadout } from '../../core/esn';
import { createModel, forward, initParams, type ModelSpec } from '../../core/model';
import { createRng, uniform } from '../../core/rng';
import type { MemberSpec } from './members';

/** Length of the input sequence the widget steps through. */
export const SEQUENCE_LENGTH = 6;

/** Values of every diagram node at one time step, by node id. */
export type NodeValues = ReadonlyMap<string, Float64Array>;

export interface MemberRun {
  /** The seeded inputs x_0 … x_{T−1}, each uniform in [−1, 1). */
  readonly inputs: readonly Float64Array[];
  /** Node values at each time step t (index t). */
  readonly steps: readonly NodeValues[];
  /** For an ESN: what its readout was trained to output. */
  readonly readoutTask?: string;
}

/** The widget's input sequence: T vectors of `size` entries, uniform in [−1, 1), from the seed. */
export function inputSequence(
  size: number,
  seed: number,
  length = SEQUENCE_LENGTH,
): Float64Array[] {
  const rng = createRng(seed * 7919 + 17);
  return Array.from({ length }, () =>
    Float64Array.from({ length: size }, () => uniform(rng, -1, 1)),
  );
}

function cellValues(
  values: Map<string, Float64Array>,
  spec: ModelSpec,
  p: string,
  cache: StepCache,
): void {
  const H = spec.hiddenSize;
  switch (spec.cell.kind) {
    case 'srn':
      values.set(`${p}prev`, cache.prev);
      values.set(`${p}s`, cache.state);
      return;
    case 'jordan':
      values.set(`${p}prev`, cache.prev);
      values.set(`${p}h`, (cache as JordanCache).h);
      values.set(`${p}y`, cache.state);
      return;
    case 'clockwork': {
      const owner = clockworkModules(H, spec.cell.periods.length);
      for (let m = 0; m < spec.cell.periods.length; m++) {
        const pick = (v: Float64Array) => v.filter((_, i) => owner[i] === m);
        values.set(`${p}prev.m${m}`, pick(cache.prev));
        values.set(`${p}s.m${m}`, pick(cache.state));
      }
      return;
    }
    case 'gru': {
      const c = cache as GruCache;
      values.set(`${p}prev`, c.prev);
      for (const k of ['z', 'r', 'c', 'rs'] as const) values.set(`${p}${k}`, c[k]);
      values.set(`${p}s`, c.state);
      return;
    }
    case 'lstm': {
      const c = cache as LstmCache;
      values.set(`${p}hprev`, c.prev.slice(0, H));
      values.set(`${p}cprev`, c.prev.slice(H, 2 * H));
      for (const k of ['i', 'f', 'g', 'o', 'c'] as const) values.set(`${p}${k}`, c[k]);
      values.set(`${p}h`, c.state.slice(0, H));
    }
  }
}

function runModel(spec: ModelSpec, seed: number): MemberRun {
  const model = createModel(spec);
  const params = initParams(model, seed);
  const inputs = inputSequence(spec.inputSize, seed);
  const trace = forward(model, params, inputs);
  const steps = inputs.map((x, t) => {
    const values = new Map<string, Float64Array>([['x', x]]);
    trace.layers.forEach((layer, l) => {
      cellValues(values, spec, `l${l}.fwd.`, layer.forward[t]!);
      if (layer.backward) cellValues(values, spec, `l${l}.bwd.`, layer.backward[t]!);
    });
    if (model.head) values.set('out', softmax(trace.logits[t]!));
    return values;
  });
  return { inputs, steps };
}

/** Steps the readout is fitted on before the shown sequence starts. */
const ESN_TRAINING_STEPS = 200;

/**
 * An ESN's reservoir is random and fixed; only the readout learns. So that the drawn y_t is a
 * trained output, the readout is fitted (ridge regression, as in src/core/esn) to recall the
 * previous input: y_t,j = u_{t−1, j mod K}, a short-memory task a reservoir is made for.
 */
function runEsn(member: Extract<MemberSpec, { kind: 'esn' }>, seed: number): MemberRun {
  const { config } = member;
  const esn = createEsn(config);
  const K = config.inputSize;
  const recall = (us: readonly Float64Array[]) =>
    us.map((_, t) =>
      Float64Array.from({ length: config.outputSize }, (_, j) =>
        t === 0 ? 0 : us[t - 1]![j % K]!,
      ),
    );
  const train = inputSequence(K, seed + 1, ESN_TRAINING_STEPS);
  const { esn: trained } = trainReadout(esn, train, recall(train));
  const inputs = inputSequence(K, seed);
  const states = runReservoir(trained, inputs);
  const steps = inputs.map((u, t) => {
    const prev = t === 0 ? new Float64Array(config.reservoirSize) : states[t - 1]!;
    return new Map<string, Float64Array>([
      ['x', u],
      ['esn.prev', prev],
      ['esn.x', states[t]!],
      ['out', applyReadout(trained.wOut, extendedState(u, states[t]!))],
    ]);
  });
  return { inputs, steps, readoutTask: 'recall' };
}

/** Runs the member over the seeded input sequence with seeded weights, on the core engine. */
export function runMember(member: MemberSpec, seed: number): MemberRun {
  return member.kind === 'model' ? runModel(member.spec, seed) : runEsn(member, seed);
}
