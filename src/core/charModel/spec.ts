import type { CellSpec } from '../cells/types';
import type { ModelSpec } from '../model/spec';

/** The recurrent cells the character-model widget offers. */
export const CHAR_CELLS = ['srn', 'gru', 'lstm'] as const;
export type CharCellKind = (typeof CHAR_CELLS)[number];

/**
 * The cell spec of each kind as the character model uses it: tanh SRN (Elman 1990), GRU (Cho
 * et al. 2014), LSTM with a forget gate whose bias starts at 1 (Gers et al. 2000), no peepholes.
 */
function charCellSpec(kind: CharCellKind): CellSpec {
  switch (kind) {
    case 'srn':
      return { kind: 'srn', activation: 'tanh' };
    case 'gru':
      return { kind: 'gru' };
    case 'lstm':
      return { kind: 'lstm', peepholes: false, forgetBias: 1 };
  }
}

/** A next-symbol model over V symbols: one-hot in, softmax out, `layers` stacked cells. */
export function charModelSpec(
  kind: CharCellKind,
  hiddenSize: number,
  layers: number,
  vocabularySize: number,
): ModelSpec {
  return {
    cell: charCellSpec(kind),
    inputSize: vocabularySize,
    hiddenSize,
    outputSize: vocabularySize,
    layers,
    bidirectional: false,
    output: 'softmax',
  };
}
