import { clockworkModules } from '../cells/srn';
import { forward, type Model } from '../model';

/**
 * What each module of a clockwork RNN adds to the output. With a linear head the output is
 * z_t = V s_t + c = Σ_i V^(i) s_t^(i) + c, where V^(i) is the columns of V that read module i:
 * each term is the module's contribution at step t, and the terms with c add up to the output.
 */
export interface ModuleContributions {
  /** Per module (fastest first), per step: V^(i) s_t^(i), one entry per output. */
  readonly modules: readonly (readonly Float64Array[])[];
  /** The head's bias c. */
  readonly bias: Float64Array;
  /** Each module's clock period. */
  readonly periods: readonly number[];
}

export function moduleContributions(
  model: Model,
  params: Float64Array,
  inputs: readonly Float64Array[],
): ModuleContributions {
  const { spec, head } = model;
  if (spec.cell.kind !== 'clockwork' || spec.layers !== 1 || spec.bidirectional || !head)
    throw new Error('module contributions need one unidirectional clockwork layer with a head');
  const { periods } = spec.cell;
  const H = spec.hiddenSize;
  const O = spec.outputSize;
  const owner = clockworkModules(H, periods.length);
  const states = forward(model, params, inputs).layers[0]!.outputs;
  const modules = periods.map((_, m) =>
    states.map((s) => {
      const z = new Float64Array(O);
      for (let o = 0; o < O; o++)
        for (let j = 0; j < H; j++)
          if (owner[j] === m) z[o]! += params[head.offset + o * H + j]! * s[j]!;
      return z;
    }),
  );
  const bias = params.slice(head.offset + O * H, head.offset + O * H + O);
  return { modules, bias, periods };
}
