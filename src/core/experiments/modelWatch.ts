import { gateActivations } from '../diagnostics/gates';
import { stateGradientNorms } from '../diagnostics/stateGradients';
import { createModel, forward, sequenceLoss, type ModelSpec } from '../model';
import type { Sample } from '../tasks';
import { evaluate, type Evaluation, type MetricKind } from './heldOutEvaluation';
import { rtrlAgreement, type Agreement } from './rtrlAgreement';

/**
 * Everything the Playground's Watch draws of one set of weights, as one background job: the
 * metric on the held-out samples with the prediction and hidden states of the first (see
 * heldOutEvaluation.ts), and on that first sample the gates of the top layer, ‖∂E/∂s_t‖ at every
 * step, and BPTT's gradient against RTRL's.
 */
export interface WatchInput {
  readonly spec: ModelSpec;
  readonly params: Float64Array;
  readonly samples: readonly Sample[];
  readonly kind: MetricKind;
}

/**
 * A gated cell's gates over time, values[t][unit]: GRU update z and reset r; LSTM input i,
 * forget f, output o and the cell state c; clockwork: each module's activity (1 when it ran at
 * step t, 0 when it held its state), values[t][module].
 */
export interface GateMap {
  readonly name: string;
  readonly values: readonly (readonly number[])[];
}

export interface Watch extends Evaluation {
  readonly gates: readonly GateMap[];
  /** ‖∂E/∂s_t‖ for t = 0 … T−1 on the first sample; null for deep or bidirectional models. */
  readonly stateGradients: readonly number[] | null;
  readonly agreement: Agreement;
}

const GATES_SHOWN: Readonly<Record<string, readonly string[]>> = {
  gru: ['z', 'r'],
  lstm: ['i', 'f', 'o', 'c'],
};

function gateMaps(spec: ModelSpec, trace: ReturnType<typeof forward>): GateMap[] {
  const top = trace.layers.length - 1;
  if (spec.cell.kind === 'clockwork') {
    const modules = spec.cell.periods.length;
    const H = spec.hiddenSize;
    // The engine's own record of which units ran (null: all of them); a module's first unit speaks for it.
    const values = trace.layers[top]!.forward.map((cache) => {
      const active = (cache as { active?: Uint8Array | null }).active ?? null;
      return Array.from({ length: modules }, (_, m) =>
        active ? active[Math.floor((m * H + modules - 1) / modules)]! : 1,
      );
    });
    return [{ name: 'modules', values }];
  }
  const names = GATES_SHOWN[spec.cell.kind] ?? [];
  const gates = gateActivations(trace, top);
  return names.filter((n) => gates[n]).map((name) => ({ name, values: gates[name]! }));
}

export function watchModel({ spec, params, samples, kind }: WatchInput): Watch {
  const model = createModel(spec);
  const evaluation = evaluate(model, params, samples, kind);
  const first = samples[0]!;
  const trace = forward(model, params, first.inputs);
  const single = model.layers.length === 1 && !model.layers[0]!.backward;
  const stateGradients = single
    ? stateGradientNorms(model, params, trace, sequenceLoss(model, trace, first.targets).dLogits)
    : null;
  return {
    ...evaluation,
    gates: gateMaps(spec, trace),
    stateGradients,
    agreement: rtrlAgreement(model, params, first),
  };
}
