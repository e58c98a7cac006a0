import type { Model } from '../core/model';

/**
 * Where everything lives in the wasm engine's linear memory, in bytes, from the module's heap
 * base on: the parameters in the core's flat layout (so copying them in and out is one loop),
 * the gradient and two optimiser moments in the same layout, and, for sequences of up to
 * `steps` steps, each cell's per-step records, each layer's outputs and their gradients, the
 * inputs, targets, logits and ∂E/∂logits. Training allocates nothing: every pointer is fixed
 * here, and a longer sequence makes a new plan.
 */
export type CellCode = 'srn' | 'gru' | 'lstm';

export interface PlacedCellPlan {
  readonly code: CellCode;
  /** Parameter (and gradient) offset of the cell, in floats. */
  readonly offset: number;
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly stateSize: number;
  /** Floats per step record (the state first, then what backward needs). */
  readonly recordSize: number;
  /** Byte address of step 0's record. */
  readonly records: number;
  /** Where this direction's h goes in the layer output (0, or H for the reversed direction). */
  readonly part: number;
}

export interface LayerPlan {
  readonly cells: readonly PlacedCellPlan[];
  readonly outputSize: number;
  /** Byte addresses of the outputs [steps × outputSize] and their gradients. */
  readonly outs: number;
  readonly dOuts: number;
}

export interface MemoryPlan {
  readonly steps: number;
  readonly paramCount: number;
  readonly params: number;
  readonly grad: number;
  readonly moment1: number;
  readonly moment2: number;
  readonly layers: readonly LayerPlan[];
  readonly zeroState: number;
  readonly dState: number;
  readonly dPrev: number;
  readonly scratch: number;
  /** Inputs [steps × I] (float32) and, per step, the index of the only non-zero input or −1. */
  readonly inputs: number;
  readonly inputIndex: number;
  /** Per step: the class index (softmax) or 1 for a vector target, −1 for none. */
  readonly targetIndex: number;
  readonly targetVectors: number;
  readonly logits: number;
  readonly dLogits: number;
  /** Bytes in use from address 0. */
  readonly end: number;
}

const RECORD_FLOATS: Record<CellCode, number> = { srn: 1, gru: 5, lstm: 7 };

export function cellCode(model: Model): CellCode {
  const { cell } = model.spec;
  if (cell.kind === 'srn' || cell.kind === 'gru' || cell.kind === 'lstm') return cell.kind;
  throw new Error(`the wasm engine has no ${cell.kind} cell`);
}

export function planMemory(model: Model, steps: number, heapBase: number): MemoryPlan {
  let at = heapBase;
  // 16-byte aligned regions, so the f32x4 loads of whole vectors start on a lane boundary.
  const take = (floats: number) => {
    const start = Math.ceil(at / 16) * 16;
    at = start + floats * 4;
    return start;
  };
  const P = model.layout.size;
  const { spec } = model;
  const code = cellCode(model);
  const H = spec.hiddenSize;
  const params = take(P);
  const grad = take(P);
  const moment1 = take(P);
  const moment2 = take(P);
  const layers: LayerPlan[] = model.layers.map((layer) => {
    const placed = layer.backward ? [layer.forward, layer.backward] : [layer.forward];
    const cells = placed.map((p, part) => ({
      code,
      offset: p.offset,
      inputSize: p.cell.inputSize,
      hiddenSize: H,
      stateSize: p.cell.stateSize,
      recordSize: RECORD_FLOATS[code] * H,
      records: take(steps * RECORD_FLOATS[code] * H),
      part: part * H,
    }));
    return {
      cells,
      outputSize: layer.outputSize,
      outs: take(steps * layer.outputSize),
      dOuts: take(steps * layer.outputSize),
    };
  });
  const stateSize = model.layers[0]!.forward.cell.stateSize;
  const O = spec.outputSize;
  return {
    steps,
    paramCount: P,
    params,
    grad,
    moment1,
    moment2,
    layers,
    zeroState: take(stateSize),
    dState: take(stateSize),
    dPrev: take(stateSize),
    scratch: take(4 * H),
    inputs: take(steps * Math.max(spec.inputSize, 1)),
    inputIndex: take(steps),
    targetIndex: take(steps),
    targetVectors: take(steps * O),
    logits: take(steps * O),
    dLogits: take(steps * O),
    end: take(0),
  };
}
