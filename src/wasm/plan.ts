import type { Model } from '../core/model';
import * as D from './assembly/descriptor';
import { cellKernel } from './cellKinds';

/**
 * Where everything lives in the wasm engine's linear memory, in bytes, from the module's heap
 * base on: the parameters in the core's flat layout (so copying them in and out is one loop),
 * the gradient and two optimiser moments in the same layout, and, for sequences of up to
 * `steps` steps, each cell's per-step records, each layer's outputs and their gradients, the
 * inputs, targets, logits and ∂E/∂logits. Training allocates nothing: every pointer is fixed
 * here, and a longer sequence makes a new plan. Each placed cell gets a descriptor — the words
 * its kernels read (src/wasm/assembly/descriptor.ts) — which the engine writes into memory.
 */
export interface PlacedCellPlan {
  /** Byte address of the cell's descriptor, and its words. */
  readonly descriptor: number;
  readonly words: readonly number[];
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
  /** Inputs [steps × I] (float32) and, per step, the index of the only non-zero input or −1. */
  readonly inputs: number;
  readonly inputIndex: number;
  /** Per step: the class index (softmax) or 1 for a vector target, −1 for none. */
  readonly targetIndex: number;
  readonly targetVectors: number;
  /** The head's logits (a Jordan model's are its layer outputs) and ∂E/∂logits. */
  readonly logits: number;
  readonly dLogits: number;
  /** Bytes in use from address 0. */
  readonly end: number;
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
  const O = spec.outputSize;
  const params = take(P);
  const grad = take(P);
  const moment1 = take(P);
  const moment2 = take(P);
  const placed = model.layers.map((layer) =>
    layer.backward ? [layer.forward, layer.backward] : [layer.forward],
  );
  const kernels = placed.map((cells) => cells.map((p) => cellKernel(spec, p.cell)));
  const stateSize = Math.max(...placed.flat().map((p) => p.cell.stateSize));
  const shared = {
    zeroState: take(stateSize),
    dState: take(stateSize),
    dPrev: take(stateSize),
    scratch: take(Math.max(...kernels.flat().map((k) => k.scratchSize))),
  };
  const inputs = take(steps * Math.max(spec.inputSize, 1));
  const inputIndex = take(steps);
  const layerOuts = model.layers.map((layer) => ({
    outs: take(steps * layer.outputSize),
    dOuts: take(steps * layer.outputSize),
  }));
  const layers: LayerPlan[] = model.layers.map((layer, l) => {
    const { outs, dOuts } = layerOuts[l]!;
    const below = l > 0 ? layerOuts[l - 1]! : null;
    const cells = placed[l]!.map((p, part) => {
      const kernel = kernels[l]![part]!;
      const shift = part * p.cell.outputSize * 4;
      const words: number[] = [];
      words[D.KIND] = kernel.kind;
      words[D.PARAMS] = params + p.offset * 4;
      words[D.GRAD] = grad + p.offset * 4;
      words[D.INPUT_SIZE] = p.cell.inputSize;
      words[D.HIDDEN_SIZE] = p.cell.hiddenSize;
      words[D.RECORDS] = take(steps * kernel.recordSize);
      words[D.RECORD_SIZE] = kernel.recordSize;
      words[D.STATE_SIZE] = p.cell.stateSize;
      words[D.REVERSED] = part;
      words[D.INPUTS] = below ? below.outs : inputs;
      words[D.INPUT_INDEX] = below ? 0 : inputIndex;
      words[D.OUTS] = outs + shift;
      words[D.OUT_STRIDE] = layer.outputSize;
      words[D.D_OUTS] = dOuts + shift;
      words[D.D_INPUTS] = below ? below.dOuts : 0;
      words[D.ZERO_STATE] = shared.zeroState;
      words[D.D_STATE] = shared.dState;
      words[D.D_PREV] = shared.dPrev;
      words[D.SCRATCH] = shared.scratch;
      words.push(...kernel.options);
      return { descriptor: take(words.length), words };
    });
    return { cells, outputSize: layer.outputSize, outs, dOuts };
  });
  const top = layerOuts[layerOuts.length - 1]!;
  return {
    steps,
    paramCount: P,
    params,
    grad,
    moment1,
    moment2,
    layers,
    inputs,
    inputIndex,
    targetIndex: take(steps),
    targetVectors: take(steps * O),
    logits: model.head ? take(steps * O) : top.outs,
    dLogits: take(steps * O),
    end: take(0),
  };
}
