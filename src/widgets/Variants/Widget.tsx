import { useMemo } from 'react';
import { createBoxPlot } from '../../charts/boxPlot';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import {
  FigureLayout,
  JobRunBar,
  JobSettings,
  NumbersTable,
  type SliderRow,
} from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { useVariantsView } from './useVariantsView';
import './variants.css';

/** Under "More settings": seeds, training length, size, learning rate, forget bias. */
const SLIDERS = [
  ['runs', 2, 10, 1],
  ['sequences', 100, 4000, 100],
  ['hidden', 2, 8, 1],
  ['lr', 0.001, 0.1, 'log'],
  ['forgetBias', 0, 3, 0.5],
] as const satisfies readonly SliderRow<string>[];

export default function Variants() {
  const s = useStrings().variants;
  const { rootRef, settings, run, ...v } = useVariantsView();
  const chartOptions = useMemo(
    () => ({
      xLabel: s.lossAxis,
      ariaLabel: s.chartLabel,
      offScale: (n: number) => format(s.offScale, { n }),
    }),
    [s],
  );
  const chartRef = useChart(createBoxPlot, chartOptions, v.chartData);

  const controls = (
    <JobRunBar
      run={run}
      label={s.run}
      idle={v.idle}
      values={v.runValues}
      testId="variants-progress"
    />
  );

  const readout = (
    <>
      {v.verdict && (
        <p className="variants__verdict" data-testid="variants-verdict">
          {v.verdict}
        </p>
      )}
      <p className="muted">{format(s.task, settings)}</p>
      <p className="muted" data-testid="variants-paper">
        {s.quote}
      </p>
    </>
  );

  const table = (
    <NumbersTable
      testId="variants-table"
      caption={s.tableCaption}
      columns={[
        s.variant,
        s.change,
        s.parameters,
        s.median,
        s.range,
        s.versusVanilla,
        s.paperColumn,
      ]}
      rows={v.tableRows}
    />
  );

  return (
    <div className="variants" ref={rootRef}>
      <FigureLayout
        picture={<div className="variants__chart" ref={chartRef} />}
        controls={controls}
        readout={readout}
        table={table}
        more={<JobSettings {...v.jobSettings} sliders={SLIDERS} labels={s} />}
      />
    </div>
  );
}
