import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { SeriesPlotData } from '../../charts/seriesPlot';
import type { MinCharPoint, MinCharRnnProgress, MinCharSample } from '../../core/experiments';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useNumberFormat } from '../../ui/useNumberFormat';
import { useWidgetProps, WidgetContext } from '../host/context';
import { minCharRnnMeta } from './meta';
import { loadMinCharText, type MinCharCorpus } from './texts';

/** Characters per sample, as the gist's `sample(hprev, inputs[0], 200)`. */
const SAMPLE_LENGTH = 200;
/** Samples kept on the page (the newest last). */
const SAMPLES_SHOWN = 3;

interface Track {
  readonly points: readonly MinCharPoint[];
  readonly samples: readonly MinCharSample[];
}
const EMPTY: Track = { points: [], samples: [] };

/** A difference as the reader reads it: 0 exactly, or in exponent form. */
export const exponent = (x: number) => (x === 0 ? '0' : x.toExponential(1));

/**
 * The MinCharRNN figure's view model: the text (a preset, loaded when chosen, or the reader's
 * own), the job that trains min-char-rnn by hand and on the engine in lockstep (held off screen
 * and in a hidden tab, paused by the reader), the curves and samples its snapshots add up to.
 */
export function useMinCharRnnView() {
  const s = useStrings().minCharRnn;
  const lang = useLang();
  const number = useNumberFormat();
  const [props, setProps] = useWidgetProps(minCharRnnMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  /** The reader's own text once committed; `writing` while its box is open. */
  const [own, setOwn] = useState<string | null>(null);
  const [writing, setWriting] = useState(false);
  const [loaded, setLoaded] = useState<{ key: string; text: string } | null>(null);
  const key = `${props.corpus}:${lang}`;
  useEffect(() => {
    let live = true;
    void loadMinCharText(props.corpus, lang).then((text) => live && setLoaded({ key, text }));
    return () => {
      live = false;
    };
  }, [props.corpus, lang, key]);
  const text = own ?? (loaded?.key === key ? loaded.text : '');

  const pointEvery = Math.max(1, Math.round(props.steps / 1000));
  const input = useMemo(
    () => ({
      text,
      hiddenSize: props.hidden,
      seqLength: props.seqLength,
      learningRate: props.lr,
      clip: props.clip,
      seed: props.seed,
      sampleEvery: props.sampleEvery,
      sampleLength: SAMPLE_LENGTH,
      steps: props.steps,
      pointEvery,
    }),
    [text, props, pointEvery],
  );
  const [track, setTrack] = useState<Track>(EMPTY);
  const run = useJobRun('minCharRnn', input, {
    element: rootRef,
    status: store,
    onProgress: (p: MinCharRnnProgress) =>
      setTrack((t) => ({
        points: p.points.length ? [...t.points, ...p.points] : t.points,
        samples: p.samples.length ? [...t.samples, ...p.samples].slice(-SAMPLES_SHOWN) : t.samples,
      })),
  });
  const fresh = run.phase === 'idle' || run.phase === 'done' || run.phase === 'stopped';
  const controls = {
    ...run,
    toggle: () => {
      if (fresh || run.phase === 'error') setTrack(EMPTY);
      run.toggle();
    },
  };
  const shown = run.phase === 'idle' ? EMPTY : track;
  const latest = run.progress;

  const chartData = useMemo<SeriesPlotData>(() => {
    const start = latest?.startLoss ?? NaN;
    return {
      x0: 0,
      dx: pointEvery,
      xLabel: s.stepAxis,
      yLabel: s.lossAxis,
      series: [
        { label: s.hand, values: shown.points.map((q) => q[1]), colour: 'var(--accent)' },
        {
          label: s.engine,
          values: shown.points.map((q) => q[2]),
          colour: 'var(--fg)',
          dash: '6 3',
        },
        {
          label: s.start,
          values: shown.points.map(() => start),
          colour: 'var(--muted)',
          dash: '2 3',
        },
      ],
    };
  }, [shown.points, latest?.startLoss, pointEvery, s]);

  const corpusName = own !== null ? s.pasted : s[props.corpus];
  const choice: MinCharCorpus | 'own' = writing ? 'own' : props.corpus;
  const choose = (c: MinCharCorpus | 'own') => {
    setWriting(c === 'own');
    if (c === 'own') return;
    setOwn(null);
    setProps({ corpus: c });
  };
  return {
    rootRef,
    run: controls,
    meta: minCharRnnMeta,
    props,
    setProps,
    choice,
    choose,
    setOwn,
    textReady: text.length > 0,
    idle: format(s.idle, {
      hidden: props.hidden,
      T: props.seqLength,
      lr: number(props.lr, 3),
      clip: number(props.clip, 2),
      corpus: corpusName,
      steps: number(props.steps, 0),
    }),
    runValues: { done: latest?.step ?? 0, total: props.steps },
    latest,
    samples: shown.samples,
    chartData,
    number,
  };
}
