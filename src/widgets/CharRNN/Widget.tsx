import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  charModelSpec,
  natsToBits,
  type PreparedText,
  prepareText,
  PRETRAINED,
  textLoss,
} from '../../core/charModel';
import { createModel, type Model } from '../../core/model';
import type { EngineRequest } from '../../sim';
import { format } from '../../i18n';
import type { WidgetStatus } from '../../state/widgetStore';
import type { PropsOf } from '../../state/widgetMeta';
import { useLang, useStrings } from '../../ui/LangContext';
import { PresetSelect } from '../host/PresetSelect';
import { useInstanceId, useWidgetState } from '../host/context';
import './charRnn.css';
import { loadCorpus } from './corpora';
import { LossPanel } from './LossPanel';
import { charRnnMeta } from './meta';
import { ModelFiles } from './ModelFiles';
import { readCharModelFile } from './modelFile';
import { SamplePanel } from './SamplePanel';
import { StatePanel } from './StatePanel';
import { TextSource } from './TextSource';
import { TrainingPanel } from './TrainingPanel';
import { useThrottledVersion, useTrainer } from './useTrainer';
import { useSample, useStateReading } from './views';

type Props = PropsOf<typeof charRnnMeta>;

/** The model the session currently trains, with the text and symbols it was built for. */
interface Configured {
  readonly key: string;
  readonly model: Model;
  readonly text: string;
  readonly symbols: readonly string[];
  /** `<corpus>:<lang>` for a preset text, 'pasted' for the reader's. */
  readonly source: string;
}

/**
 * The engine a fresh widget trains on. Not 'auto': 'auto' decides when the session is created,
 * i.e. when the widget mounts, by loading TensorFlow.js with its WebGL and WASM backends in the
 * worker and timing a few steps of each — and a worker has no localStorage to remember the
 * verdict, so every chapter page load would pay for it (megabytes of script, a busy core, the
 * badge saying "starting…" for a second or more) before the reader has pressed Train. The
 * typed-array engine starts at once; the reader picks Auto, WebGL, WASM or CPU in the badge.
 */
const DEFAULT_ENGINE: EngineRequest = 'core';

/** How much of the text the "these weights on the whole text" number reads (main thread). */
const EVAL_SYMBOLS = 3000;

export default function CharRNN() {
  const s = useStrings().charRnn;
  const lang = useLang();
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const setStatus = useWidgetState<Props, (st: WidgetStatus) => void>((st) => st.setStatus);
  const instanceId = useInstanceId();
  const root = useRef<HTMLDivElement>(null);
  const { trainer, snapshot } = useTrainer(root);
  const running = snapshot.state === 'running';

  // The training text: a preset (fetched when chosen) or the reader's pasted text.
  const [pasted, setPasted] = useState<string | null>(null);
  const corpusKey = `${props.corpus}:${lang}`;
  const [loaded, setLoaded] = useState<{ key: string; text: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadCorpus(props.corpus, lang).then(
      (text) => {
        if (!live) return;
        setLoaded({ key: corpusKey, text });
        setLoadError(null);
      },
      (e: unknown) => live && setLoadError((e as Error).message),
    );
    return () => {
      live = false;
    };
  }, [props.corpus, lang, corpusKey]);
  const raw = pasted ?? (loaded?.key === corpusKey ? loaded.text : null);
  const prepared = useMemo(
    () => (raw === null ? null : prepareText(raw, props.seqLen)),
    [raw, props.seqLen],
  );
  const textSource = pasted === null ? corpusKey : 'pasted';

  // The model to train: rebuilt when the text or the architecture changes. A text that fails
  // its checks leaves the current model (and its session) as they are.
  const { cell, hidden, layers, seqLen, batch, lr, optimiser, clip } = props;
  const [configured, setConfigured] = useState<Configured | null>(null);
  // Kept out of the URL: which engine is fastest is a property of the reader's device, not of
  // the widget's configuration a link shares.
  const [engine, setEngine] = useState<EngineRequest>(DEFAULT_ENGINE);
  if (prepared?.ok) {
    const { text, symbols } = prepared.value;
    const spec = charModelSpec(cell, hidden, layers, symbols.length);
    const key = `${JSON.stringify(spec)}\u0000${text}`;
    if (configured?.key !== key)
      setConfigured({ key, model: createModel(spec), text, symbols, source: textSource });
  }
  const textOk = prepared?.ok === true;
  useEffect(() => {
    // A refused text (e.g. shorter than a new sequence length) keeps the session as it is.
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

  useEffect(() => setStatus(running ? 'running' : 'ready'), [running, setStatus]);

  // The shipped model: loaded once when the defaults are in place, and on request.
  const shippedFits =
    configured?.source === `project:${lang}` &&
    cell === PRETRAINED.cell &&
    hidden === PRETRAINED.hidden &&
    layers === PRETRAINED.layers;
  const [shippedError, setShippedError] = useState<{ lang: string; text: string } | null>(null);
  const loadShipped = useCallback(() => {
    if (!configured) return;
    fetch(`${import.meta.env.BASE_URL}models/charrnn-${lang}.json`)
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((text) => {
        const file = readCharModelFile(text, configured.symbols);
        if (!file.ok) throw new Error(file.reason === 'format' ? file.message : file.reason);
        trainer.applyWeights(file.params, 'shipped');
        setShippedError(null);
      })
      .catch((e: unknown) =>
        setShippedError({
          lang,
          text: format(s.shippedFailed, { reason: (e as Error).message }),
        }),
      );
  }, [trainer, configured, lang, s]);
  const autoLoaded = useRef<string | null>(null);
  useEffect(() => {
    if (shippedFits && autoLoaded.current !== lang && snapshot.source === 'init') {
      autoLoaded.current = lang;
      loadShipped();
    }
  }, [shippedFits, lang, snapshot.source, loadShipped]);

  // What the views read: the weights, refreshed at most twice a second while training.
  const viewVersion = useThrottledVersion(snapshot.version, running);
  const weights = useMemo(() => {
    const w = configured ? trainer.getWeights() : null;
    return w && configured && w.length === configured.model.layout.size ? w : null;
    // viewVersion: the weights changed (they are read from the session, not from React state).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [trainer, configured, viewVersion]);
  const sample = useSample(configured, weights, props);
  const [focus, setFocus] = useState({ t: Number.MAX_SAFE_INTEGER, unit: 0 });
  const [layer, setLayer] = useState(0);
  const reading = useStateReading(configured, weights, props.probe);
  const evalBits = useMemo(() => {
    if (running || !configured || !weights) return null;
    const { model, symbols, text } = configured;
    const index = new Map(symbols.map((sym, i) => [sym, i] as const));
    const indices = Array.from(text)
      .slice(0, EVAL_SYMBOLS)
      .map((sym) => index.get(sym)!);
    return natsToBits(textLoss(model, weights, indices));
  }, [running, configured, weights]);

  const loadFile = (text: string, source: 'file' | 'storage'): string | null => {
    if (!configured) return null;
    const file = readCharModelFile(text, configured.symbols);
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

  const ready = configured !== null;
  const problem = prepared && !prepared.ok ? prepared.problem : null;
  const shown: PreparedText | null = prepared?.ok ? prepared.value : null;
  return (
    <div className="char-rnn" ref={root}>
      <div className="widget-row">
        <PresetSelect meta={charRnnMeta} />
      </div>
      <TextSource
        corpus={props.corpus}
        pastedActive={pasted !== null}
        seqLen={seqLen}
        prepared={shown}
        problem={problem}
        loadError={loadError}
        onCorpus={(corpus) => {
          setPasted(null);
          setProps({ corpus });
        }}
        onPasted={setPasted}
      />
      <TrainingPanel
        props={props}
        snapshot={snapshot}
        parameterCount={configured?.model.layout.size ?? null}
        ready={ready}
        canLoadShipped={shippedFits}
        shippedMessage={shippedError?.lang === lang ? shippedError.text : null}
        setProps={setProps}
        engine={engine}
        onEngine={setEngine}
        onTrain={() => trainer.start()}
        onPause={() => trainer.pause()}
        onStep={() => void trainer.step(1)}
        onResetWeights={() => trainer.resetWeights()}
        onLoadShipped={loadShipped}
      />
      {configured && (
        <LossPanel
          history={snapshot.history}
          step={snapshot.step}
          lossNats={snapshot.lossNats}
          vocabularySize={configured.symbols.length}
          evalBits={evalBits}
        />
      )}
      {configured && sample && (
        <SamplePanel
          temperature={props.temperature}
          seedText={props.seedText}
          sampleLength={props.sampleLength}
          seedShown={sample.seedShown}
          sample={sample.sample}
          firstSymbol={sample.first}
          unknownInSeed={sample.unknown}
          onTemperature={(temperature) => setProps({ temperature })}
          onSeedText={(seedText) => setProps({ seedText })}
          onSampleLength={(sampleLength) => setProps({ sampleLength })}
          onResample={sample.next}
        />
      )}
      {configured && reading && (
        <StatePanel
          probe={props.probe}
          probeSymbols={reading.symbols}
          steps={reading.steps}
          layers={configured.model.spec.layers}
          layer={Math.min(layer, configured.model.spec.layers - 1)}
          symbols={configured.symbols}
          focus={focus}
          onProbe={(probe) => setProps({ probe })}
          onLayer={setLayer}
          onFocus={setFocus}
        />
      )}
      <ModelFiles
        ready={ready}
        save={() =>
          trainer.current && configured
            ? trainer.current.save({
                symbols: JSON.stringify(configured.symbols),
                corpus: configured.source,
              })
            : null
        }
        load={loadFile}
        storageKey={`unrolled:${instanceId}`}
        fileName={`charrnn-${cell}-${hidden}x${layers}.json`}
      />
    </div>
  );
}
