import type { ModelSpec } from '../../core/model';

export type ExportTarget = 'typescript' | 'tfjs' | 'pytorch';

/** Why a target cannot express a model; the UI words each code in the reader's language. */
export type ExportProblemCode =
  'jordan' | 'clockwork' | 'lstmVariant' | 'peepholes' | 'activation' | 'truncatedGradient';

export interface ExportProblem {
  readonly code: ExportProblemCode;
  /** The same in English, written into the refused program. */
  readonly detail: string;
}

const DETAIL: Record<ExportProblemCode, (target: string) => string> = {
  jordan: (t) => `${t} has no Jordan network here: its output layer feeds back into the cell.`,
  clockwork: (t) =>
    `${t} has no clockwork RNN: its modules run on their own periods with a block-triangular W.`,
  lstmVariant: (t) =>
    `${t} has only the standard LSTM; the Greff et al. (2017) variants change its equations.`,
  peepholes: (t) => `${t}'s LSTM has no peepholes (p_i, p_f, p_o).`,
  activation: (t) => `${t}'s RNN offers tanh and ReLU only.`,
  truncatedGradient: (t) =>
    `${t} computes the full gradient; the 1997 truncated gradient is not the loss's gradient.`,
};

const NAME: Record<ExportTarget, string> = {
  typescript: "This project's engine",
  tfjs: 'This TensorFlow.js program',
  pytorch: 'torch.nn',
};

/**
 * Null when `target` can run the model exactly (the same loss to float precision), else why not.
 * The TypeScript program runs on the engine itself, so it takes every model; the TensorFlow.js
 * program writes SRN, GRU and LSTM (peepholes included) step by step; the PyTorch program loads
 * torch.nn.RNN (tanh, ReLU) and torch.nn.LSTM, and writes the GRU out equation by equation
 * because nn.GRU applies its reset gate after the recurrent product (a different function).
 */
export function exportProblem(spec: ModelSpec, target: ExportTarget): ExportProblem | null {
  const problem = (code: ExportProblemCode): ExportProblem => ({
    code,
    detail: DETAIL[code](NAME[target]),
  });
  if (target === 'typescript') return null;
  const { cell } = spec;
  if (cell.kind === 'jordan') return problem('jordan');
  if (cell.kind === 'clockwork') return problem('clockwork');
  if (cell.kind === 'lstm') {
    if ((cell.variant ?? 'standard') !== 'standard') return problem('lstmVariant');
    if (cell.truncatedGradient) return problem('truncatedGradient');
    if (cell.peepholes && target === 'pytorch') return problem('peepholes');
  }
  if (cell.kind === 'srn' && target === 'pytorch' && !['tanh', 'relu'].includes(cell.activation))
    return problem('activation');
  return null;
}
