import * as tf from '@tensorflow/tfjs-core';
import type { Model } from '../core/model';
import { blockView, type ParamBlock } from '../core/params';

/**
 * The bridge between the core engine's one flat Float64Array (`params.ts`) and tf.Variables.
 *
 * Every block of the core layout becomes one float32 variable. Vectors (H × 1 biases and
 * peepholes) keep their shape [rows]; matrices are stored TRANSPOSED, [cols, rows], because
 * tfjs multiplies row vectors: a batch of inputs X (B × I) times Uᵀ (I × H) gives B × H, and a
 * character model's one-hot input is then just a row of Uᵀ (tf.gather). The stacked gate rows
 * of GRU and LSTM (z, r, c; i, f, g, o) become stacked gate COLUMNS, in the same order, so one
 * matMul gives every gate at once.
 */
interface TfBlock {
  readonly block: ParamBlock;
  readonly variable: tf.Variable;
  readonly transposed: boolean;
}

export interface TfParams {
  /** One entry per core block, in layout order. */
  readonly blocks: readonly TfBlock[];
  /** The variables in layout order (what tf.variableGrads and the optimiser see). */
  readonly variables: readonly tf.Variable[];
  /** The variable holding a block, by its core name (`l0.fwd.Wx`, `head.V`, …). */
  get(name: string): tf.Variable;
  /** Overwrites every variable from a flat vector in the core layout (rounded to float32). */
  assign(params: Float64Array): void;
  /** The variables' values in the core layout (a synchronous readback, for export and tests). */
  read(): Float64Array;
  /** The same, read asynchronously (does not block the main thread on WebGL). */
  readAsync(): Promise<Float64Array>;
  dispose(): void;
}

/**
 * Biases (b, c) and peepholes (p_i, p_f, p_o) are vectors. A one-column block is not enough to
 * tell: with a single input (inputSize 1) or a single output, U and V have one column too and
 * are still matrices.
 */
const VECTOR_BLOCK = /(^|\.)(b|c|p_[ifo])$/;
const isVector = (b: ParamBlock) => b.cols === 1 && VECTOR_BLOCK.test(b.name);

/** A core block (row-major rows × cols) in the variable's order: transposed for matrices. */
function toVariableOrder(src: Float64Array, b: ParamBlock): Float32Array {
  if (isVector(b)) return Float32Array.from(src);
  const out = new Float32Array(src.length);
  for (let r = 0; r < b.rows; r++)
    for (let c = 0; c < b.cols; c++) out[c * b.rows + r] = src[r * b.cols + c]!;
  return out;
}

/** The inverse of toVariableOrder, writing into `dest` (the block's view of a flat vector). */
function fromVariableOrder(values: ArrayLike<number>, b: ParamBlock, dest: Float64Array): void {
  if (isVector(b)) {
    for (let k = 0; k < dest.length; k++) dest[k] = values[k]!;
    return;
  }
  for (let r = 0; r < b.rows; r++)
    for (let c = 0; c < b.cols; c++) dest[r * b.cols + c] = values[c * b.rows + r]!;
}

const shapeOf = (b: ParamBlock): number[] => (isVector(b) ? [b.rows] : [b.cols, b.rows]);

/**
 * Creates the variables of a core model from `params` (its flat vector). Entries the model
 * marks frozen (the clockwork mask) are written as zeros, as core's initialiser leaves them.
 */
export function createTfParams(model: Model, params: Float64Array): TfParams {
  if (params.length !== model.layout.size)
    throw new Error(`expected ${model.layout.size} parameters, got ${params.length}`);
  const clean = (p: Float64Array) => {
    if (!model.frozen) return p;
    const out = p.slice();
    for (let k = 0; k < out.length; k++) if (model.frozen[k]) out[k] = 0;
    return out;
  };
  const start = clean(params);
  const blocks: TfBlock[] = model.layout.blocks.map((block) => ({
    block,
    transposed: !isVector(block),
    // Unnamed: tfjs gives each variable an engine-unique name, so several models can coexist.
    variable: tf.tidy(() =>
      tf.variable(tf.tensor(toVariableOrder(blockView(start, block), block), shapeOf(block))),
    ),
  }));
  const byName = new Map(blocks.map((b) => [b.block.name, b.variable]));
  const assemble = (values: readonly ArrayLike<number>[]) => {
    const out = new Float64Array(model.layout.size);
    blocks.forEach((b, i) => fromVariableOrder(values[i]!, b.block, blockView(out, b.block)));
    return out;
  };
  return {
    blocks,
    variables: blocks.map((b) => b.variable),
    get(name) {
      const v = byName.get(name);
      if (!v) throw new Error(`no parameter block "${name}"`);
      return v;
    },
    assign(p) {
      if (p.length !== model.layout.size)
        throw new Error(`expected ${model.layout.size} parameters, got ${p.length}`);
      const values = clean(p);
      tf.tidy(() => {
        for (const b of blocks)
          b.variable.assign(
            tf.tensor(toVariableOrder(blockView(values, b.block), b.block), shapeOf(b.block)),
          );
      });
    },
    read: () => assemble(blocks.map((b) => b.variable.dataSync())),
    readAsync: async () => assemble(await Promise.all(blocks.map((b) => b.variable.data()))),
    dispose() {
      for (const b of blocks) b.variable.dispose();
    },
  };
}

/**
 * Gradients keyed by variable name (tf.variableGrads) in the core layout, read synchronously.
 * A variable the loss does not reach gets zeros.
 */
export function gradientsToLayout(
  tfParams: TfParams,
  size: number,
  grads: tf.NamedTensorMap,
): Float64Array {
  const out = new Float64Array(size);
  for (const b of tfParams.blocks) {
    const g = grads[b.variable.name];
    if (g) fromVariableOrder(g.dataSync(), b.block, blockView(out, b.block));
  }
  return out;
}
