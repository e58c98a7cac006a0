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
    throw new Error(
      'a Jordan network has one unidirectional layer: its output is what it feeds back',
    );
  }
  if (spec.cell.kind === 'clockwork' && spec.cell.periods.length > spec.hiddenSize) {
    throw new Error('a clockwork RNN needs at least one unit per module');
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
