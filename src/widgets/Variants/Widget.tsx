import { useMemo, useRef } from 'react';
import { createBoxPlot } from '../../charts/boxPlot';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { FigureLayout, NumbersTable, PlayPause } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { useVariantsView } from './useVariantsView';
import { VariantsSettings } from './VariantsSettings';
import './variants.css';

export default function Variants() {
  const s = useStrings().variants;
  const {
    rootRef,
    props,
    setProps,
    settings,
    phase,
    running,
    stoppable,
    status,
    toggle,
    stop,
    ...v
  } = useVariantsView();
  const controlsRef = useRef<HTMLDivElement>(null);
  const chartOptions = useMemo(
    () => ({
      xLabel: s.lossAxis,
      ariaLabel: s.chartLabel,
      offScale: (n: number) => format(s.offScale, { n }),
    }),
    [s],
  );
  const chartRef = useChart(createBoxPlot, chartOptions, v.chartData);

  // Stop disables itself once used: focus goes to the run button, not to the page.
  const onStop = () => {
    stop();
    controlsRef.current?.querySelector<HTMLButtonElement>('.play-pause__button')?.focus();
  };

  const controls = (
    <div className="figure-row" ref={controlsRef}>
      <PlayPause
        running={running}
        onToggle={toggle}
        playLabel={phase === 'paused' ? s.resume : phase === 'done' ? s.runAgain : s.run}
        status={<span data-testid="variants-progress">{status}</span>}
      />
      <button type="button" onClick={onStop} disabled={!stoppable}>
        <span aria-hidden="true">■</span> {s.stop}
      </button>
    </div>
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
        { label: s.variant },
        { label: s.change },
        { label: s.parameters },
        { label: s.median },
        { label: s.range },
        { label: s.versusVanilla },
        { label: s.paperColumn },
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
        more={<VariantsSettings props={props} setProps={setProps} number={v.number} />}
      />
    </div>
  );
}
