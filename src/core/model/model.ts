import { createJordanCell } from '../cells/jordan';
import { createGruCell } from '../cells/gru';
import { createLstmCell } from '../cells/lstm';
import { createLstmVariantCell, isStandardLstm } from '../cells/lstmVariants';
import { createClockworkCell, createSrnCell } from '../cells/srn';
import type { Cell, CellSpec } from '../cells/types';
import { concatLayouts, layoutOf, type ParamLayout } from '../params';
import { checkSpec, type ModelSpec } from './spec';

/** A cell placed in the model: its slice of the flat parameter vector starts at `offset`. */
interface PlacedCell {
  readonly cell: Cell;
  readonly offset: number;
}

export interface Layer {
  readonly forward: PlacedCell;
  /** Runs over the reversed sequence (bidirectional layers only). */
  readonly backward: PlacedCell | null;
  /** Size of the layer's output: H, or 2H when bidirectional ([forward; backward]). */
  readonly outputSize: number;
}

export interface Model {
  readonly spec: ModelSpec;
  readonly layout: ParamLayout;
  readonly layers: readonly Layer[];
  /** Offset of the head's V (O × top) and c (O × 1), or null for a Jordan model. */
  readonly head: { readonly offset: number; readonly inputSize: number } | null;
  /** Entries that are structurally zero and never trained (clockwork masks). */
  readonly frozen: Uint8Array | null;
}

function createCell(
  spec: CellSpec,
  inputSize: number,
  hiddenSize: number,
  outputSize: number,
  output: ModelSpec['output'],
): Cell {
  switch (spec.kind) {
    case 'srn':
      return createSrnCell(inputSize, hiddenSize, spec.activation);
    case 'clockwork':
      return createClockworkCell(inputSize, hiddenSize, spec.periods, spec.activation);
    case 'gru':
      return createGruCell(inputSize, hiddenSize);
    case 'lstm':
      // The standard cell keeps its own faster code; every other variant is lstmVariants.ts.
      return isStandardLstm(spec)
        ? createLstmCell(inputSize, hiddenSize, spec.peepholes)
        : createLstmVariantCell(inputSize, hiddenSize, spec);
    case 'jordan':
      return createJordanCell(inputSize, hiddenSize, outputSize, spec.activation, output);
  }
}

/**
 * Builds the model's cells and its one flat layout. Block names are prefixed by where they sit:
 * `l0.fwd.W`, `l0.bwd.W`, `l1.fwd.Wx`, …, `head.V`, `head.c`.
 */
export function createModel(spec: ModelSpec): Model {
  checkSpec(spec);
  const parts: [string, ParamLayout][] = [];
  const layers: Layer[] = [];
  let offset = 0;
  let inputSize = spec.inputSize;
  const place = (cell: Cell, prefix: string): PlacedCell => {
    const placed = { cell, offset };
    parts.push([prefix, cell.layout]);
    offset += cell.layout.size;
    return placed;
  };
  for (let l = 0; l < spec.layers; l++) {
    const make = () =>
      createCell(spec.cell, inputSize, spec.hiddenSize, spec.outputSize, spec.output);
    const forward = place(make(), `l${l}.fwd.`);
    const backward = spec.bidirectional ? place(make(), `l${l}.bwd.`) : null;
    const outputSize = forward.cell.outputSize * (backward ? 2 : 1);
    layers.push({ forward, backward, outputSize });
    inputSize = outputSize;
  }
  let head: Model['head'] = null;
  if (spec.cell.kind !== 'jordan') {
    head = { offset, inputSize };
    parts.push([
      'head.',
      layoutOf([
        ['V', spec.outputSize, inputSize],
        ['c', spec.outputSize, 1],
      ]),
    ]);
  }
  const layout = concatLayouts(parts);
  let frozen: Uint8Array | null = null;
  for (const layer of layers) {
    for (const placed of [layer.forward, layer.backward]) {
      if (!placed?.cell.frozen) continue;
      frozen ??= new Uint8Array(layout.size);
      frozen.set(placed.cell.frozen, placed.offset);
    }
  }
  return { spec, layout, layers, head, frozen };
}

/** The cell's slice of a model-sized vector (parameters or gradient), as a view. */
export function slice(v: Float64Array, placed: PlacedCell): Float64Array {
  return v.subarray(placed.offset, placed.offset + placed.cell.layout.size);
}

/** Trainable parameters: every entry but the structurally zero ones. */
export function parameterCount(model: Model): number {
  if (!model.frozen) return model.layout.size;
  let n = 0;
  for (const f of model.frozen) if (!f) n++;
  return n;
}
