import { loadModel } from '../model';
import { CHAR_CELLS, type CharCellKind, charModelSpec } from './spec';

/**
 * The largest model file the widget reads, in bytes: the largest model it builds (LSTM, 128
 * units, 3 layers, 1,024 symbols: 985,600 parameters) is 7.9 MB of float64, 10.5 MB in
 * base64, plus its symbols; anything much larger cannot be one, and reading it would only
 * block the page.
 */
export const MAX_MODEL_FILE_BYTES = 16 * 1024 * 1024;

export type ModelFileResult =
  | {
      readonly ok: true;
      readonly params: Float64Array;
      readonly cell: CharCellKind;
      readonly hidden: number;
      readonly layers: number;
    }
  | { readonly ok: false; readonly reason: 'format'; readonly message: string }
  | { readonly ok: false; readonly reason: 'notCharModel' }
  | {
      readonly ok: false;
      readonly reason: 'symbols';
      readonly theirs: number;
      readonly ours: number;
    };

/** What a model-file job reads: the file's text and the symbols of the current text. */
export interface CharModelFileInput {
  readonly text: string;
  readonly symbols: readonly string[];
}

/**
 * Reads a saved-model file (src/core/model/saveFormat.ts) for the CharRNN widget: it must be a
 * character model this widget can build (SRN/GRU/LSTM, 4–128 units, 1–3 layers) over the same
 * symbols as the current text. The symbols are in `meta.symbols` (a JSON array) when the widget
 * or the training script wrote the file; a file without them must at least match the size.
 */
export function readCharModelFile(text: string, symbols: readonly string[]): ModelFileResult {
  let loaded: ReturnType<typeof loadModel>;
  try {
    loaded = loadModel(text);
  } catch (e) {
    return { ok: false, reason: 'format', message: (e as Error).message };
  }
  const { spec } = loaded.model;
  const cell = spec.cell.kind as CharCellKind;
  const fits =
    (CHAR_CELLS as readonly string[]).includes(cell) &&
    Number.isInteger(spec.hiddenSize) &&
    spec.hiddenSize >= 4 &&
    spec.hiddenSize <= 128 &&
    spec.layers >= 1 &&
    spec.layers <= 3 &&
    JSON.stringify(spec) ===
      JSON.stringify(charModelSpec(cell, spec.hiddenSize, spec.layers, spec.inputSize));
  if (!fits) return { ok: false, reason: 'notCharModel' };
  const stored = loaded.meta?.symbols;
  let theirs: unknown;
  try {
    theirs = typeof stored === 'string' ? JSON.parse(stored) : null;
  } catch {
    theirs = null;
  }
  const same = Array.isArray(theirs)
    ? theirs.length === symbols.length && theirs.every((s, i) => s === symbols[i])
    : spec.inputSize === symbols.length;
  if (!same)
    return {
      ok: false,
      reason: 'symbols',
      theirs: Array.isArray(theirs) ? theirs.length : spec.inputSize,
      ours: symbols.length,
    };
  return { ok: true, params: loaded.params, cell, hidden: spec.hiddenSize, layers: spec.layers };
}

/** readCharModelFile as a background job (parsing a large file off the main thread). */
export const charModelFileJob = ({ text, symbols }: CharModelFileInput): ModelFileResult =>
  readCharModelFile(text, symbols);
