import { useContext, useMemo, useRef } from 'react';
import type { LineSeries } from '../../charts/lineChart';
import { traceN, type CounterCellResult } from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useJobRun } from '../../ui/useJobRun';
import { useNumberFormat } from '../../ui/useNumberFormat';
import { useWidgetProps, WidgetContext } from '../host/context';
import { counterMeta } from './meta';

const NO_RESULTS: readonly CounterCellResult[] = [];

/**
 * The Counter figure's view model: the training job (both networks, held off screen and in a
 * hidden tab, paused by the reader), the traces of the counting units, the verdict and the table.
 */
export function useCounterView() {
  const s = useStrings().counter;
  const number = useNumberFormat();
  const [props, setProps] = useWidgetProps(counterMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const run = useJobRun('counter', props, { element: rootRef, status: store });
  const results = run.progress?.results ?? NO_RESULTS;
  const under = run.progress?.current;

  const lstm = results.find((r) => r.cell === 'lstm');
  const gru = results.find((r) => r.cell === 'gru');
  const series = useMemo<LineSeries[]>(
    () =>
      results.map((r) => ({
        key: r.cell,
        label: r.cell === 'lstm' ? s.lstmLabel : s.gruLabel,
        points: r.trace.values.map((v, t): [number, number] => [t, v]),
      })),
    [results, s],
  );

  const tableRows = results.map((r) => [
    s.cells[r.cell],
    String(r.longestRight),
    format(s.rightOfValue, { right: r.right.filter(Boolean).length, total: r.right.length }),
    number(r.peak, 2),
    number(r.trace.correlation, 3),
    s.publishedRows[r.cell],
  ]);
  const n = traceN(props);

  return {
    props,
    setProps,
    rootRef,
    run,
    /** What "More settings" edits: `JobSettings`' meta, props and setter. */
    jobSettings: { meta: counterMeta, props, setProps },
    idle: format(s.idle, props),
    runValues: {
      cell: under ? s.cells[under.cell] : '',
      sequences: under?.sequences ?? 0,
      budget: props.budget,
      loss: under ? number(under.loss, 3) : '',
    },
    series,
    tableRows,
    verdict:
      lstm && gru
        ? format(s.verdict, {
            trainMaxN: props.trainMaxN,
            lstm: lstm.longestRight,
            gru: gru.longestRight,
          })
        : null,
    traceNote: format(s.traceNote, { n, times: number(n / props.trainMaxN, 1) }),
    rules: format(s.rules, { trainMaxN: props.trainMaxN }),
    caption: format(s.tableCaption, props),
  };
}
