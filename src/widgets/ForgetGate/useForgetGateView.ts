import { useContext, useMemo, useRef } from 'react';
import type { SeriesPlotData } from '../../charts/seriesPlot';
import {
  FORGET_CELLS,
  summariseForget,
  tailMean,
  untrainedDrift,
  thin,
  thinStride,
  type ForgetCell,
  type ForgetRun,
  latestRunSet,
} from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useNumberFormat } from '../../ui/useNumberFormat';
import { useWidgetProps, WidgetContext } from '../host/context';
import { forgetGateMeta } from './meta';

const NO_RESULTS: readonly ForgetRun[] = [];

/** Colour and dash of each cell's line (the dash tells them apart without colour). */
const CELL_STYLE: Record<ForgetCell, { colour: string; dash: string }> = {
  noForget: { colour: 'var(--fg)', dash: '6 3' },
  forget: { colour: 'var(--accent)', dash: '' },
};

/**
 * The ForgetGate figure's view model: the runs job (held off screen and in a hidden tab,
 * paused by the reader), the drift picture — untrained weights until a run of each cell is in,
 * then the latest trained pair — and the table.
 */
export function useForgetGateView() {
  const s = useStrings().forgetGate;
  const number = useNumberFormat();
  const [props, setProps] = useWidgetProps(forgetGateMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const run = useJobRun('forgetGate', props, { element: rootRef, status: store });
  const total = props.runs * FORGET_CELLS.length;
  const results = run.progress?.results ?? NO_RESULTS;

  const { hidden, testStrings, seed } = props;
  const untrained = useMemo(
    () => untrainedDrift({ hidden, testStrings, seed }),
    [hidden, testStrings, seed],
  );
  const pair = useMemo(() => latestRunSet(results, FORGET_CELLS), [results]);
  const steps = untrained.forget.length;
  const driftEnd: Record<ForgetCell, number> = {
    noForget: pair ? pair.noForget.driftEnd : tailMean(untrained.noForget),
    forget: pair ? pair.forget.driftEnd : tailMean(untrained.forget),
  };
  const chartData = useMemo<SeriesPlotData>(
    () => ({
      x0: 0,
      dx: thinStride(steps),
      xLabel: s.stepAxis,
      yLabel: s.driftAxis,
      series: FORGET_CELLS.map((cell) => ({
        label: s[`${cell}Short`],
        values: pair ? pair[cell].drift : thin(untrained[cell]),
        ...CELL_STYLE[cell],
      })),
    }),
    [pair, untrained, s, steps],
  );

  const tableRows = FORGET_CELLS.map((cell) => {
    const sum = summariseForget(results, cell);
    return [
      s[cell],
      sum.runs ? format(s.solvedOf, { solved: sum.solved, runs: sum.runs }) : '–',
      number(sum.medianStretches, 0),
      sum.runs ? `${number(100 * sum.meanOuter, 1)}%` : '–',
      sum.runs ? number(sum.meanDriftEnd, 2) : '–',
      cell === 'forget' ? s.publishedForget : s.publishedNoForget,
    ];
  });

  return {
    rootRef,
    run,
    /** What "More settings" edits: `JobSettings`' meta, props and setter. */
    jobSettings: { meta: forgetGateMeta, props, setProps },
    idle: format(s.idle, { total, strings: props.testStrings }),
    runValues: { done: results.length, total },
    number,
    chartData,
    driftEnd,
    driftTrained: pair !== null,
    steps,
    tableRows,
  };
}
