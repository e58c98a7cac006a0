import type { CellSpec } from '../cells/types';
import type { OutputKind } from '../cells/jordan';
import { lstmVariantProblem } from '../cells/lstmVariants';

/**
 * A trainable recurrent model: `layers` stacked cells (deep RNN), each optionally
 * bidirectional (Schuster & Paliwal 1997), and an output head.
 *
 * The head maps the top layer's output h_t to logits V h_t + c, and the loss reads them as
 * softmax probabilities (cross-entropy), linear values (squared error) or sigmoid
 * probabilities (binary cross-entropy). A Jordan cell carries its own output layer, so a Jordan
 * model has one unidirectional layer and no separate head.
 */
export interface ModelSpec {
  readonly cell: CellSpec;
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly outputSize: number;
  readonly layers: number;
  readonly bidirectional: boolean;
  readonly output: OutputKind;
}

/** Why a spec cannot build a model, as a code with its values (the UI words it). */
export type ModelSpecProblem =
  /** A Jordan cell feeds back its own output: one unidirectional layer only. */
  | { readonly code: 'jordanLayers' }
  | { readonly code: 'clockworkModules'; readonly modules: number; readonly hidden: number }
  | { readonly code: 'clockworkOrder'; readonly periods: readonly number[] };

/** The model cannot be built as specified: the problem as values; the message is for logs. */
export class ModelSpecError extends Error {
  constructor(
    readonly problem: ModelSpecProblem,
    message: string,
  ) {
    super(message);
    this.name = 'ModelSpecError';
  }
}

export function checkSpec(spec: ModelSpec): void {
  const whole = (n: number, what: string, min = 1) => {
    if (!Number.isInteger(n) || n < min)
      throw new Error(`${what} must be an integer ≥ ${min}, got ${n}`);
  };
  whole(spec.inputSize, 'inputSize', 0);
  whole(spec.hiddenSize, 'hiddenSize');
  whole(spec.outputSize, 'outputSize');
  whole(spec.layers, 'layers');
  if (spec.cell.kind === 'jordan' && (spec.layers !== 1 || spec.bidirectional)) {
    throw new ModelSpecError(
      { code: 'jordanLayers' },
      'a Jordan network has one unidirectional layer: its output is what it feeds back',
    );
  }
  if (spec.cell.kind === 'clockwork') {
    const { periods } = spec.cell;
    if (periods.length > spec.hiddenSize)
      throw new ModelSpecError(
        { code: 'clockworkModules', modules: periods.length, hidden: spec.hiddenSize },
        'a clockwork RNN needs at least one unit per module',
      );
    // The cell checks this too (createClockworkCell); here it is said with its values.
    if (periods.some((T, m) => m > 0 && !(T >= periods[m - 1]!)))
      throw new ModelSpecError(
        { code: 'clockworkOrder', periods },
        'clockwork periods must be sorted, fastest first',
      );
  }
  if (spec.cell.kind === 'lstm') {
    const problem = lstmVariantProblem(spec.cell);
    if (problem) throw new Error(problem);
    if (spec.cell.truncatedGradient && spec.layers > 1)
      throw new Error(
        'the 1997 truncated gradient stops errors at the cell inputs, so a layer below would never learn: use one layer',
      );
  }
}
