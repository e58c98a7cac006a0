import type { ClockCounts } from '../../core/lessons';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { NumbersTable } from '../../ui/figure';
import { count } from './useClockScheduleView';

export interface CountsTableProps {
  readonly counts: ClockCounts;
  /** parameterCount of the engine's CW-RNN and SRN models. */
  readonly engine: { readonly clockwork: number; readonly srn: number };
  /** The CW-RNN's multiply-adds at the step shown. */
  readonly stepWork: number;
  readonly t: number;
  readonly g: number;
  readonly k: number;
}

/** Parameters and multiply-adds of the CW-RNN against an SRN of the same size, with their ratio. */
export function CountsTable({ counts, engine, stepWork, t, g, k }: CountsTableProps) {
  const s = useStrings().clockSchedule;
  const { clockwork: cw, srn } = counts;
  const rows: [string, number, number][] = [
    [s.rowRecurrent, cw.recurrent, srn.recurrent],
    [s.rowShared, cw.input + cw.bias + cw.output, srn.input + srn.bias + srn.output],
    [s.rowTotal, engine.clockwork, engine.srn],
    // The SRN does the same work at every step.
    [format(s.rowStep, { t }), stepWork, srn.averageWork],
    [s.rowAverage, cw.averageWork, srn.averageWork],
    [s.rowPeak, cw.peakWork, srn.peakWork],
  ];
  return (
    <NumbersTable
      testId="counts-table"
      caption={format(s.table, { g, k, H: g * k })}
      columns={[
        { label: s.quantity },
        { label: s.cw, format: count },
        { label: s.srn, format: count },
        { label: s.ratio, digits: 2 },
      ]}
      rows={rows.map(([label, a, b]) => [label, a, b, a / b])}
    />
  );
}
