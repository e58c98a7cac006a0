import * as tf from '@tensorflow/tfjs-core';
import type { Model } from '../core/model';
import { clockworkMask, clockworkModules } from '../core/cells';
import type { BatchTensors } from './batch';
import { runDirection, type Direction } from './cells';
import { oneHotFloat } from './ops';
import type { TfParams } from './variables';

/**
 * The whole network on tfjs: layers of directions (deep, bidirectional as in core's
 * `model/run.ts`) and the head, from a batch to the logits of every (step, sequence).
 */
export interface Network {
  readonly layers: readonly { readonly forward: Direction; readonly backward: Direction | null }[];
  /** Vᵀ [top, O] and c [O]. */
  readonly head: { readonly weights: tf.Variable; readonly bias: tf.Variable };
  /** Constant tensors the network owns (clockwork masks). */
  dispose(): void;
}

/** Wires a core model's blocks, by name, to the variables that hold them. */
export function createNetwork(model: Model, params: TfParams): Network {
  if (!model.head) throw new Error('the tfjs engine does not run Jordan networks');
  const constants: tf.Tensor[] = [];
  const { spec } = model;
  const H = spec.hiddenSize;
  const direction = (prefix: string): Direction => {
    const cell = spec.cell;
    const gated = cell.kind === 'gru' || cell.kind === 'lstm';
    let clockwork: Direction['clockwork'] = null;
    if (cell.kind === 'clockwork') {
      const M = cell.periods.length;
      const frozen = clockworkMask(H, M);
      // Wᵀ[k][i] = W[i][k]: keep where W[i][k] is not frozen.
      const keep = new Float32Array(H * H);
      for (let i = 0; i < H; i++)
        for (let k = 0; k < H; k++) keep[k * H + i] = frozen[i * H + k] ? 0 : 1;
      const keepT = tf.tensor2d(keep, [H, H]);
      constants.push(keepT);
      clockwork = { keep: keepT, periods: cell.periods, owner: clockworkModules(H, M) };
    }
    return {
      cell,
      hiddenSize: H,
      inputWeights: params.get(prefix + (gated ? 'Wx' : 'U')),
      recurrent: params.get(prefix + (gated ? 'Wh' : 'W')),
      bias: params.get(prefix + 'b'),
      peepholes:
        cell.kind === 'lstm' && cell.peepholes
          ? [params.get(prefix + 'p_i'), params.get(prefix + 'p_f'), params.get(prefix + 'p_o')]
          : null,
      clockwork,
    };
  };
  const layers = model.layers.map((layer, l) => ({
    forward: direction(`l${l}.fwd.`),
    backward: layer.backward ? direction(`l${l}.bwd.`) : null,
  }));
  return {
    layers,
    head: { weights: params.get('head.V'), bias: params.get('head.c') },
    dispose() {
      for (const t of constants) t.dispose();
    },
  };
}

/**
 * Rows `ids` of Uᵀ — what a one-hot x_t times U picks — by tf.gather, with the gradient
 * written as the dense product onehot(ids)ᵀ · dy. tfjs's own gradient of gather is an
 * UnsortedSegmentSum, which the CPU backend runs as one pass over the whole gradient PER
 * SYMBOL (ten times slower here) and the WASM backend does not implement at all.
 */
function lookup(weights: tf.Variable, ids: tf.Tensor1D): tf.Tensor2D {
  const rows = weights.shape[0]!;
  const f = tf.customGrad((...args: (tf.Tensor | tf.GradSaveFunc)[]) => {
    const [w, save] = args as [tf.Tensor, tf.GradSaveFunc];
    // Saved, not just captured: the forward pass's own tensors are gone by the backward pass.
    save([ids]);
    return {
      value: tf.gather(w, ids),
      gradFunc: (dy: tf.Tensor, [saved]: tf.Tensor[]) =>
        tf.matMul(oneHotFloat(saved as tf.Tensor1D, rows), dy, true, false),
    };
  });
  return f(weights) as tf.Tensor2D;
}

/**
 * The input projection of every step at once: X Uᵀ + b as ONE matMul over [T·B, I], or, for
 * symbol ids, rows of Uᵀ picked by tf.gather (a one-hot x_t selects column id of U).
 */
function project(d: Direction, inputs: BatchTensors['inputs']): tf.Tensor2D {
  if (inputs.kind === 'ids')
    return tf.add(lookup(d.inputWeights, inputs.ids), d.bias) as tf.Tensor2D;
  if (inputs.x.shape[1] === 0) {
    // No inputs at all (I = 0): the projection is the bias at every step.
    const GH = d.bias.shape[0]!;
    return tf.add(tf.zeros([inputs.x.shape[0], GH]), d.bias) as tf.Tensor2D;
  }
  return tf.fused.matMul({
    a: inputs.x,
    b: d.inputWeights as tf.Tensor2D,
    bias: d.bias,
  }) as tf.Tensor2D;
}

/**
 * Logits [T·B, O] (row t·B + b) of a batch of B sequences of T steps, from zero initial
 * states. Allocates tensors: call inside tf.tidy or tf.variableGrads.
 */
export function networkLogits(
  net: Network,
  inputs: BatchTensors['inputs'],
  T: number,
  B: number,
): tf.Tensor2D {
  let current = inputs;
  for (const layer of net.layers) {
    const run = (d: Direction, reversed: boolean) =>
      runDirection(d, project(d, current), T, B, reversed);
    const fwd = run(layer.forward, false);
    const out = layer.backward ? tf.concat([fwd, run(layer.backward, true)], 1) : fwd;
    current = { kind: 'dense', x: out as tf.Tensor2D };
  }
  if (current.kind !== 'dense') throw new Error('a model has at least one layer');
  return tf.fused.matMul({
    a: current.x,
    b: net.head.weights as tf.Tensor2D,
    bias: net.head.bias,
  }) as tf.Tensor2D;
}
