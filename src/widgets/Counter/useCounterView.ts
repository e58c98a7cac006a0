import { useContext, useMemo, useRef } from 'react';
import type { LineSeries } from '../../charts/lineChart';
import { traceN, type CounterCellResult } from '../../core/experiments';
import { format } from '../../i18n';
import { jobPhase, jobPhaseText } from '../../ui/jobPhase';
import { useLang, useStrings } from '../../ui/LangContext';
import { useJob } from '../../ui/useJob';
import { useWidgetProps, WidgetContext } from '../host/context';
import { counterMeta } from './meta';

const NO_RESULTS: readonly CounterCellResult[] = [];

/**
 * The Counter figure's view model: the training job (both networks, held off screen and in a
 * hidden tab, paused by the reader), the traces of the counting units, the verdict and the table.
 */
export function useCounterView() {
  const s = useStrings().counter;
  const lang = useLang();
  const [props, setProps] = useWidgetProps(counterMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const job = useJob('counter', props, { element: rootRef, status: store });
  const current = job.input === props;
  const results = (current && job.progress?.results) || NO_RESULTS;
  const phase = current ? jobPhase(job.state) : 'idle';
  const number = (x: number, digits = 2) =>
    x.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits });

  const under = current ? job.progress?.current : null;
  const status =
    phase === 'idle'
      ? format(s.idle, props)
      : phase === 'error'
        ? format(s.failed, { message: job.error ?? '' })
        : format(jobPhaseText(s, phase, job.reason), {
            cell: under ? s.cells[under.cell] : '',
            sequences: under?.sequences ?? 0,
            budget: props.budget,
            loss: under ? number(under.loss, 3) : '',
          });

  const toggle = () => {
    if (phase === 'running' || phase === 'held') job.pause();
    else if (phase === 'paused') job.resume();
    else job.start();
  };

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
    phase,
    running: phase === 'running' || phase === 'held',
    stoppable: phase === 'running' || phase === 'held' || phase === 'paused',
    status,
    toggle,
    stop: job.cancel,
    number,
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
