import { useEffect, useMemo, useRef, useState } from 'react';
import { charModelSpec, type ModelFileResult } from '../../core/charModel';
import { createModel, type Model } from '../../core/model';
import { format } from '../../i18n';
import type { EngineRequest } from '../../sim';
import { runJob } from '../../sim/jobs';
import { useLang, useStrings } from '../../ui/LangContext';
import { useInstanceId, useWidgetProps, useWidgetBusy } from '../host/context';
import { charRnnMeta } from './meta';
import { shippedFits, useShippedModel } from './useShippedModel';
import { useTrainingText } from './useTrainingText';
import { useThrottledVersion, useTrainer } from './useTrainer';
import { useConnectivity } from './useConnectivity';
import { useTextScore } from './useTextScore';
import { useWeightsView } from './views';

/** The model the session currently trains, with the text and symbols it was built for. */
export interface Configured {
  readonly key: string;
  readonly model: Model;
  readonly text: string;
  readonly symbols: readonly string[];
  /** `<corpus>:<lang>` for a preset text, 'pasted' for the reader's. */
  readonly source: string;
}

/**
 * The engine a fresh widget trains on: 'auto', which starts training at once on the wasm engine
 * (where it can run) and measures it against the typed arrays in the background, moving the
 * session with its weights if they are faster (src/sim/autoSwitch.ts). The reader picks another
 * under More settings.
 */
const DEFAULT_ENGINE: EngineRequest = 'auto';

/**
 * The CharRNN figure's view model: its props, the training text, the model and its session, the
 * shipped model, and what the pictures read from the weights (sample, hidden states, loss on the
 * text); plus loading and saving weights.
 */
export function useCharRnnView() {
  const s = useStrings().charRnn;
  const lang = useLang();
  const [props, setProps] = useWidgetProps(charRnnMeta);
  const instanceId = useInstanceId();
  const root = useRef<HTMLDivElement>(null);
  const { trainer, snapshot } = useTrainer(root);
  const running = snapshot.state === 'running';
  const text = useTrainingText(props.corpus, lang, props.seqLen);
  const { prepared } = text;

  // The model to train: rebuilt when the text or the architecture changes. A text that fails
  // its checks leaves the current model (and its session) as they are.
  const { cell, hidden, layers, seqLen, batch, lr, optimiser, clip } = props;
  const [configured, setConfigured] = useState<Configured | null>(null);
  // Kept out of the URL: which engine is fastest is a property of the reader's device.
  const [engine, setEngine] = useState<EngineRequest>(DEFAULT_ENGINE);
  if (prepared?.ok && text.current) {
    const { text: body, symbols } = prepared.value;
    const spec = charModelSpec(cell, hidden, layers, symbols.length);
    const key = `${JSON.stringify(spec)}\u0000${body}`;
    if (configured?.key !== key)
      setConfigured({ key, model: createModel(spec), text: body, symbols, source: text.source });
  }
  const textOk = prepared?.ok === true && text.current;
  useEffect(() => {
    if (configured && textOk)
      trainer.configure(configured.model.spec, configured.text, {
        seqLen,
        batch,
        lr,
        optimiser,
        clip,
        engine,
      });
  }, [trainer, configured, textOk, seqLen, batch, lr, optimiser, clip, engine]);
  useWidgetBusy(running);

  const fits = shippedFits(configured?.source ?? null, lang, props);
  const shipped = useShippedModel({
    trainer,
    lang,
    symbols: configured?.symbols ?? null,
    fits,
    source: snapshot.source,
  });

  // What the pictures read: the weights, refreshed at most twice a second while training.
  const viewVersion = useThrottledVersion(snapshot.version, running);
  const weights = useMemo(() => {
    const w = configured ? trainer.getWeights() : null;
    return w && configured && w.length === configured.model.layout.size ? w : null;
    // viewVersion: the weights changed (they are read from the session, not from React state).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trainer, configured, viewVersion]);
  const { sample, reading } = useWeightsView(configured, weights, props, running, root);
  const [focus, setFocus] = useState({ t: Number.MAX_SAFE_INTEGER, unit: 0 });
  const [layer, setLayer] = useState(0);
  // Background jobs on the same weights: the loss on every character of the text, and how far
  // back each output looks (the connectivity panel).
  const score = useTextScore(configured, weights, running, root);
  const connectivity = useConnectivity(configured, weights, props.probe, running, root);

  /**
   * Loads a weights file's text, parsed and checked by a background job; resolves to the message
   * for the reader when it is refused. A refused file changes nothing: weights, step count and
   * loss history stay as they were.
   */
  const loadFile = async (json: string, source: 'file' | 'storage'): Promise<string | null> => {
    if (!configured) return null;
    let file: ModelFileResult;
    try {
      file = await runJob('charModelFile', { text: json, symbols: configured.symbols });
    } catch (e) {
      return format(s.wrongFile, { reason: (e as Error).message });
    }
    if (!file.ok) {
      const reason =
        file.reason === 'format'
          ? file.message
          : file.reason === 'notCharModel'
            ? s.notCharModel
            : format(s.wrongSymbols, { theirs: file.theirs, ours: file.ours });
      return format(s.wrongFile, { reason });
    }
    const rebuild = file.cell !== cell || file.hidden !== hidden || file.layers !== layers;
    trainer.applyWeights(file.params, source, rebuild);
    if (rebuild) setProps({ cell: file.cell, hidden: file.hidden, layers: file.layers });
    return null;
  };
  const save = () =>
    trainer.current && configured
      ? trainer.current.save({
          symbols: JSON.stringify(configured.symbols),
          corpus: configured.source,
        })
      : null;

  return {
    props,
    setProps,
    root,
    trainer,
    snapshot,
    running,
    text,
    configured,
    engine,
    setEngine,
    shipped: { ...shipped, fits },
    sample,
    reading,
    focus,
    setFocus,
    layer: configured ? Math.min(layer, configured.model.spec.layers - 1) : 0,
    setLayer,
    score,
    connectivity,
    files: {
      save,
      load: loadFile,
      storageKey: `unrolled:${instanceId}`,
      fileName: `charrnn-${cell}-${hidden}x${layers}.json`,
    },
  };
}

export type CharRnnView = ReturnType<typeof useCharRnnView>;
