import { capVocabulary, OTHER_SYMBOL } from './vocabularyCap';
import type { CharCellKind } from './spec';

/**
 * How the shipped character models (public/models/charrnn-<lang>.json) are trained, by
 * scripts/train-charrnn.ts from the project's corpus (content/corpus/<lang>.txt). The widget's
 * defaults use the same architecture, so the shipped weights load into a fresh session.
 */
export const PRETRAINED = {
  cell: 'lstm' as CharCellKind,
  hidden: 32,
  layers: 1,
  seqLen: 32,
  batch: 16,
  lr: 0.01,
  clip: 5,
  seed: 1,
  steps: 1500,
} as const;

/** The training text a corpus file gives: its text with the vocabulary capped. */
export function corpusTrainingText(raw: string): string {
  return capVocabulary(raw).text;
}

export { OTHER_SYMBOL };
