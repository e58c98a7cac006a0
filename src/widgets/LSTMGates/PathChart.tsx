import { useMemo } from 'react';
import { createLogLines, type LogLinesOptions, type LogSeries } from '../../charts/logLines';
import type { GatePaths } from '../../core/lessons';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { LegendKeys } from '../../ui/figure';
import { useChart } from '../../ui/useChart';

/** The gradient-path overlay: the norms of the Jacobian products against the steps back. */
export function PathChart({ paths, T }: { paths: GatePaths; T: number }) {
  const s = useStrings().lstmGates;
  const series = useMemo<readonly LogSeries[]>(
    () => [
      { id: 'cell', label: s.cellPath, values: paths.cell, marker: 'circle' },
      { id: 'hidden', label: s.hiddenPath, values: paths.hidden, dash: '7 4' },
      { id: 'forget', label: s.forgetOnly, values: paths.forgetOnly, dash: '2 3' },
      { id: 'gru', label: s.gruPath, values: paths.gru },
    ],
    [paths, s],
  );
  const options = useMemo<LogLinesOptions>(
    () => ({ xLabel: s.lagAxis, yLabel: s.normAxis, span: 6 }),
    [s],
  );
  const ref = useChart(createLogLines, options, series);
  return (
    <figure className="gates__paths">
      <figcaption>{format(s.pathsTitle, { T })}</figcaption>
      <div ref={ref} data-testid="path-chart" />
      <LegendKeys
        keys={[
          { label: s.cellPath, color: 'var(--accent)', marker: 'circle' },
          { label: s.hiddenPath, color: 'var(--error)', pattern: 'dashed' },
          { label: s.forgetOnly, color: 'var(--fg)', pattern: 'dotted' },
          { label: s.gruPath, color: 'var(--focus)' },
        ]}
      />
    </figure>
  );
}
