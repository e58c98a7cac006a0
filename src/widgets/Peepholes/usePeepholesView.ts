import { useContext, useMemo, useRef } from 'react';
import type { SeriesPlotData } from '../../charts/seriesPlot';
import {
  PEEPHOLE_CELLS,
  peepholeNetwork,
  peepholeRunSeed,
  spikeOutputs,
  summarisePeepholes,
  timingTests,
  type PeepholeCell,
  type PeepholeRun,
  type PeepholeSettings,
  latestRunSet,
} from '../../core/experiments';
import { spikeTimesOf } from '../../core/tasks';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useNumberFormat } from '../../ui/useNumberFormat';
import { useWidgetProps, WidgetContext } from '../host/context';
import { peepholesMeta } from './meta';

const NO_RESULTS: readonly PeepholeRun[] = [];

/** Colour and dash of each line (the dash tells them apart without colour). */
const LINE_STYLE = {
  input: { colour: 'var(--muted)', dash: '1.5 3' },
  target: { colour: 'var(--fg)', dash: '' },
  plain: { colour: 'var(--fg)', dash: '6 3' },
  peepholes: { colour: 'var(--accent)', dash: '' },
} as const;

/**
 * The Peepholes figure's view model: the runs job, the first test sequence's input, target and
 * both networks' outputs (untrained until a run of each cell is in, then the latest trained
 * pair), the timing numbers and the table.
 */
export function usePeepholesView() {
  const s = useStrings().peepholes;
  const number = useNumberFormat();
  const [props, setProps] = useWidgetProps(peepholesMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  // A longest gap below the shortest is taken as the shortest: the job always gets valid settings.
  const settings = useMemo<PeepholeSettings>(
    () => ({ ...props, maxGap: Math.max(props.minGap, props.maxGap) }),
    [props],
  );
  const run = useJobRun('peepholes', settings, { element: rootRef, status: store });
  const total = settings.runs * PEEPHOLE_CELLS.length;
  const results = run.progress?.results ?? NO_RESULTS;

  const example = useMemo(() => timingTests(settings)[0]!, [settings]);
  const times = spikeTimesOf(example);
  const untrained = useMemo(() => {
    const seed = peepholeRunSeed(settings, 0);
    const outputs = (cell: PeepholeCell) => {
      const { model, params } = peepholeNetwork(settings.hidden, cell, seed);
      return spikeOutputs(model, params, example);
    };
    return { plain: outputs('plain'), peepholes: outputs('peepholes') };
  }, [settings, example]);
  const pair = useMemo(() => latestRunSet(results, PEEPHOLE_CELLS), [results]);
  const outputs = pair
    ? { plain: pair.plain.example, peepholes: pair.peepholes.example }
    : untrained;
  const peakOf = (y: readonly number[]) => {
    let peak = times.second + 1;
    for (let t = peak; t < y.length; t++) if (y[t]! > y[peak]!) peak = t;
    return peak;
  };

  const chartData = useMemo<SeriesPlotData>(
    () => ({
      x0: 0,
      xLabel: s.stepAxis,
      yLabel: s.outputAxis,
      yDomain: [0, 1],
      series: [
        { label: s.input, values: example.inputs.map((x) => x[0]!), ...LINE_STYLE.input },
        {
          label: s.target,
          values: example.targets.map((y) => (y as Float64Array)[0]!),
          ...LINE_STYLE.target,
        },
        { label: s.plainShort, values: outputs.plain, ...LINE_STYLE.plain },
        { label: s.peepholesShort, values: outputs.peepholes, ...LINE_STYLE.peepholes },
      ],
    }),
    [s, example, outputs.plain, outputs.peepholes],
  );

  const tableRows = PEEPHOLE_CELLS.map((cell) => {
    const sum = summarisePeepholes(results, cell);
    return [
      s[cell],
      sum.runs ? format(s.solvedOf, { solved: sum.solved, runs: sum.runs }) : '–',
      number(sum.meanError, 2),
      number(sum.medianSequences, 0),
      cell === 'peepholes' ? s.publishedPeepholes : s.publishedPlain,
    ];
  });

  return {
    rootRef,
    run,
    /** What "More settings" edits: `JobSettings`' meta, props and setter. */
    jobSettings: { meta: peepholesMeta, props, setProps },
    idle: format(s.idle, { total }),
    runValues: { done: results.length, total },
    chartData,
    trained: pair !== null,
    times,
    peaks: { plain: peakOf(outputs.plain), peepholes: peakOf(outputs.peepholes) },
    tableRows,
  };
}
