import { decodeBase64, encodeBase64 } from '../base64';
import { createModel, type Model } from './model';
import {
  decodeTraining,
  encodeTraining,
  type KeptTraining,
  type SavedTraining,
} from './savedTraining';
import type { ModelSpec } from './spec';

/**
 * The saved-model file: JSON with a format name and version, the model's spec, its layout (for
 * humans and for checking), and the parameters as the little-endian bytes of the Float64Array
 * in base64 — bit-exact, including −0 and every last digit, which decimal JSON numbers are not
 * guaranteed to be across writers. The tfjs engine reads and writes the same file.
 *
 * Optionally (`training`, still version 1: a reader that does not know the field ignores it, and
 * a file without it loads as before) the optimiser's state and the run's counters and data
 * position, so a restored session goes on exactly where it stopped (savedTraining.ts).
 */
const SAVE_FORMAT = 'unrolled-model';
const SAVE_VERSION = 1;

export interface SavedModel {
  readonly format: typeof SAVE_FORMAT;
  readonly version: number;
  readonly spec: ModelSpec;
  readonly layout: readonly {
    readonly name: string;
    readonly rows: number;
    readonly cols: number;
  }[];
  readonly params: {
    readonly dtype: 'float64';
    readonly encoding: 'base64-le';
    readonly data: string;
  };
  /** Free-form notes (training steps, corpus, date …). */
  readonly meta?: Readonly<Record<string, string | number | boolean>>;
  /** Where training stands beyond the weights (optimiser state, counters); see savedTraining.ts. */
  readonly training?: SavedTraining;
}

function littleEndianBytes(params: Float64Array): Uint8Array {
  const bytes = new Uint8Array(params.length * 8);
  const view = new DataView(bytes.buffer);
  params.forEach((v, k) => view.setFloat64(k * 8, v, true));
  return bytes;
}

export function saveModel(
  model: Model,
  params: Float64Array,
  meta?: SavedModel['meta'],
  training?: KeptTraining,
): string {
  if (params.length !== model.layout.size)
    throw new Error('parameter vector does not match the model');
  const saved: SavedModel = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    spec: model.spec,
    layout: model.layout.blocks.map(({ name, rows, cols }) => ({ name, rows, cols })),
    params: {
      dtype: 'float64',
      encoding: 'base64-le',
      data: encodeBase64(littleEndianBytes(params)),
    },
    ...(meta ? { meta } : {}),
    ...(training ? { training: encodeTraining(training, model.layout.size) } : {}),
  };
  return JSON.stringify(saved);
}

/** Reads a saved model back; every way a file can be wrong gets a message that says which. */
export function loadModel(text: string): {
  model: Model;
  params: Float64Array;
  meta: SavedModel['meta'];
  /** The optimiser state and run position, each null when the file does not keep it. */
  training: KeptTraining;
} {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('this file is not JSON');
  }
  const saved = raw as Partial<SavedModel> | null;
  if (!saved || saved.format !== SAVE_FORMAT) throw new Error('this file is not an Unrolled model');
  if (saved.version === undefined) throw new Error('the model file does not say its version');
  if (typeof saved.version !== 'number')
    throw new Error(`the model file's version is not a number: ${JSON.stringify(saved.version)}`);
  if (saved.version !== SAVE_VERSION)
    throw new Error(
      `this model file is version ${saved.version}; this build reads version ${SAVE_VERSION}`,
    );
  if (!saved.spec) throw new Error('the model file has no spec');
  const model = createModel(saved.spec);
  const layout = saved.layout ?? [];
  const same =
    layout.length === model.layout.blocks.length &&
    layout.every((b, i) => {
      const m = model.layout.blocks[i]!;
      return b.name === m.name && b.rows === m.rows && b.cols === m.cols;
    });
  if (!same) throw new Error('the saved layout does not match the model its spec describes');
  if (saved.params?.dtype !== 'float64' || saved.params.encoding !== 'base64-le')
    throw new Error('unknown parameter encoding');
  const bytes = decodeBase64(saved.params.data);
  if (bytes.length % 8 !== 0)
    throw new Error(`the parameter data (${bytes.length} bytes) is not a whole number of float64s`);
  if (bytes.length !== model.layout.size * 8) {
    throw new Error(
      `the file holds ${bytes.length / 8} parameters; the model has ${model.layout.size}`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const params = Float64Array.from({ length: model.layout.size }, (_, k) =>
    view.getFloat64(k * 8, true),
  );
  refuseNonFinite(model, params);
  const training = decodeTraining(saved.training, model.layout.size);
  return { model, params, meta: saved.meta, training };
}

/** Weights that are NaN or infinite cannot be trained or run: such a file is refused whole. */
function refuseNonFinite(model: Model, params: Float64Array): void {
  let bad = 0;
  let first = -1;
  params.forEach((v, k) => {
    if (Number.isFinite(v)) return;
    bad++;
    if (first < 0) first = k;
  });
  if (bad === 0) return;
  const block = model.layout.blocks.find(
    (b) => first >= b.offset && first < b.offset + b.rows * b.cols,
  );
  throw new Error(
    `the file's weights are not all finite numbers: ${bad} of ${params.length} are NaN or infinite (the first in ${block?.name ?? '?'})`,
  );
}
