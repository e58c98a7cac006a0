import { createModel, loadModel, saveModel, type KeptTraining } from '../../../core/model';
import type { Lang } from '../../../i18n/lang';
import { decodeProps, encodeChangedProps } from '../../../state/propsCodec';
import { compose } from '../compose';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';

/**
 * The Playground's model file is the project's saved-model file (src/core/model/saveFormat.ts:
 * spec, layout, float64 weights, bit-exact) with the Playground's settings in its notes, as the
 * share link writes them, the training steps behind the weights and (the format's optional
 * `training`) the optimiser's state, counters and data position the run goes on from. Reading it
 * goes through loadModel's checks (format, version, layout, non-finite weights and optimiser
 * state), then the settings through the share link's decoder, then the settings must compose to
 * the very model the file holds. A file without a training state restores the weights only.
 */
export const FILE_WIDGET = 'Playground';

export function writeModelFile(
  settings: PlaygroundSettings,
  weights: Float64Array,
  step: number,
  training?: KeptTraining,
): string {
  const composed = compose(settings);
  if (!composed.ok) throw new Error('a refused configuration has no model to save');
  const query = new URLSearchParams(encodeChangedProps(playgroundMeta.props, settings)).toString();
  const meta = { widget: FILE_WIDGET, settings: query, step };
  return saveModel(composed.model, weights, meta, training);
}

export type FileRefusal =
  /** loadModel's own message (English: the engine's words), or the settings decoder's. */
  | { readonly code: 'format'; readonly message: string }
  | { readonly code: 'noSettings' }
  | { readonly code: 'settings'; readonly message: string }
  | { readonly code: 'mismatch' };

export type ReadFile =
  | {
      readonly ok: true;
      readonly settings: PlaygroundSettings;
      readonly weights: Float64Array;
      readonly step: number;
      /** The optimiser state and run position; each null when the file does not keep it. */
      readonly training: KeptTraining;
      /** The model's spec as JSON (what the weights are put into). */
      readonly spec: string;
    }
  | ({ readonly ok: false } & FileRefusal);

export function readModelFile(text: string, lang: Lang): ReadFile {
  let loaded: ReturnType<typeof loadModel>;
  try {
    loaded = loadModel(text);
  } catch (e) {
    return { ok: false, code: 'format', message: (e as Error).message };
  }
  const query = loaded.meta?.['settings'];
  if (loaded.meta?.['widget'] !== FILE_WIDGET || typeof query !== 'string')
    return { ok: false, code: 'noSettings' };
  const raw = Object.fromEntries(new URLSearchParams(query));
  const decoded = decodeProps(playgroundMeta.props, raw, lang);
  if (decoded.issues.length > 0)
    return {
      ok: false,
      code: 'settings',
      message: decoded.issues.map((i) => `${i.key}: ${i.reason}`).join('; '),
    };
  const composed = compose(decoded.values);
  const spec = JSON.stringify(loaded.model.spec);
  if (!composed.ok || JSON.stringify(createModel(composed.config.spec).spec) !== spec)
    return { ok: false, code: 'mismatch' };
  const stepValue = loaded.meta?.['step'];
  const step =
    typeof stepValue === 'number' && Number.isInteger(stepValue) && stepValue >= 0 ? stepValue : 0;
  const { params: weights, training } = loaded;
  return { ok: true, settings: decoded.values, weights, step, training, spec };
}
