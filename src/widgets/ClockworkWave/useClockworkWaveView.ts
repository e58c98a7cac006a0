import { useContext, useMemo, useRef } from 'react';
import type { ModuleStripsData } from '../../charts/moduleStrips';
import type { SeriesPlotData } from '../../charts/seriesPlot';
import {
  createWaveRuns,
  curveEvery,
  WAVE_MODELS,
  waveOrdering,
  waveProgress,
  type WaveModelKind,
  type WaveSettings,
} from '../../core/experiments';
import { waveTarget } from '../../core/tasks';
import { format } from '../../i18n';
import { useLang, useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useWidgetProps, WidgetContext } from '../host/context';
import { clockworkWaveMeta } from './meta';

/** Colour and dash of each line (the dash tells them apart without colour). */
export const WAVE_LINE_STYLE = {
  target: { colour: 'var(--muted)', dash: '' },
  clockwork: { colour: 'var(--accent)', dash: '' },
  srn: { colour: 'var(--fg)', dash: '6 3' },
  lstm: { colour: 'var(--fg)', dash: '1.5 3' },
} as const;

/**
 * The ClockworkWave figure's view model: the training job, the target with the three outputs
 * over it (the untrained networks until the first snapshot arrives), the learning curves, the
 * clockwork modules' contributions, the sizes at the budget and the table.
 */
export function useClockworkWaveView() {
  const s = useStrings().clockworkWave;
  const lang = useLang();
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  const [props, setProps] = useWidgetProps(clockworkWaveMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const settings = useMemo<WaveSettings>(() => ({ ...props }), [props]);
  const run = useJobRun('clockworkWave', settings, { element: rootRef, status: store });
  const untrained = useMemo(() => waveProgress(createWaveRuns(settings), 0), [settings]);
  const view = run.result ?? run.progress ?? untrained;
  const target = useMemo(
    () => Array.from(waveTarget(settings.target, settings.points)),
    [settings.target, settings.points],
  );

  const number = (x: number, digits = 3) =>
    Number.isFinite(x) ? x.toLocaleString(locale, { maximumSignificantDigits: digits }) : '–';

  const chartData = useMemo<SeriesPlotData>(
    () => ({
      x0: 0,
      xLabel: s.stepAxis,
      yLabel: s.outputAxis,
      yDomain: [-1.4, 1.4],
      series: [
        { label: s.target, values: target, ...WAVE_LINE_STYLE.target },
        ...WAVE_MODELS.map((k) => ({
          label: s[k],
          values: view.models[k].output,
          ...WAVE_LINE_STYLE[k],
        })),
      ],
    }),
    [s, target, view],
  );

  const curvesData = useMemo<SeriesPlotData>(
    () => ({
      x0: 0,
      dx: curveEvery(settings.iterations),
      xLabel: s.updateAxis,
      yLabel: s.nmseAxis,
      series: WAVE_MODELS.map((k) => ({
        label: s[k],
        values: view.models[k].curve.nmse,
        ...WAVE_LINE_STYLE[k],
      })),
    }),
    [s, view, settings.iterations],
  );

  const stripsData = useMemo<ModuleStripsData>(
    () => ({
      xLabel: s.stepAxis,
      colour: WAVE_LINE_STYLE.clockwork.colour,
      strips: view.contributions.map((values, i) => ({
        label: format(s.period, { period: view.periods[i]! }),
        values,
      })),
    }),
    [s, view],
  );

  // The strips with the bias add up to the output: say by how little they miss it.
  let gap = 0;
  view.models.clockwork.output.forEach((y, t) => {
    const sum = view.contributions.reduce((a, c) => a + c[t]!, view.bias);
    gap = Math.max(gap, Math.abs(sum - y));
  });

  const order = waveOrdering(view);
  const rank = (k: WaveModelKind) => order.indexOf(k) + 1;
  const { clockwork: cw, srn, lstm } = view.models;
  const sizes = format(s.sizes, {
    budget: settings.budget,
    modules: view.periods.length,
    cwHidden: cw.hiddenSize,
    cwParams: cw.parameters,
    srnHidden: srn.hiddenSize,
    srnParams: srn.parameters,
    lstmHidden: lstm.hiddenSize,
    lstmParams: lstm.parameters,
  });
  const orderNames = order.map((k) => s[k]).join(lang === 'zh' ? '、' : ', ');
  const orderText =
    view.iteration === 0
      ? format(s.orderUntrained, { order: orderNames })
      : format(s.order, { iteration: view.iteration, order: orderNames });

  const tableRows = WAVE_MODELS.map((k) => [
    s[k],
    String(view.models[k].hiddenSize),
    String(view.models[k].parameters),
    number(view.models[k].nmse),
    String(rank(k)),
    s.notChecked,
  ]);

  const total = settings.iterations;
  return {
    props,
    setProps,
    rootRef,
    run,
    /** What "More settings" edits: `JobSettings`' meta, props and setter. */
    jobSettings: { meta: clockworkWaveMeta, props, setProps },
    idle: format(s.idle, { total }),
    runValues: { done: view.iteration, total },
    number,
    chartData,
    curvesData,
    stripsData,
    sizes,
    orderText,
    sumText: format(s.sum, {
      bias: number(view.bias),
      gap: gap === 0 ? '0' : gap.toExponential(0),
    }),
    tableRows,
  };
}
