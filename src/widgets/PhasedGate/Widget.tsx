import { createTimeGatePlot } from '../../charts/timeGatePlot';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { FigureLayout, NumbersTable, PresetRow } from '../../ui/figure';
import { useChart } from '../../ui/useChart';
import { MAX_PERIOD, phasedGateMeta } from './meta';
import { usePhasedGateView } from './usePhasedGateView';
import './phasedGate.css';

const NO_OPTIONS = {};
const trim = (v: number) => String(Math.round(v * 1000) / 1000);

export default function PhasedGate() {
  const s = useStrings().phasedGate;
  const v = usePhasedGateView();
  const { props, setProps, gate } = v;
  const plotRef = useChart(createTimeGatePlot, NO_OPTIONS, v.plot);

  const picture = (
    <figure className="phased-gate__figure" aria-label={s.picture}>
      <div ref={plotRef} data-testid="gate-plot" />
      <figcaption className="muted">{s.note}</figcaption>
    </figure>
  );

  const controls = (
    <>
      <Slider
        prop="period"
        label={s.period}
        value={props.period}
        min={2}
        max={MAX_PERIOD}
        step={1}
        format={String}
        onChange={(period) => setProps({ period, shift: Math.min(props.shift, period) })}
      />
      <Slider
        prop="openRatio"
        label={s.openRatio}
        value={props.openRatio}
        min={0.05}
        max={1}
        step={0.01}
        format={(r) => r.toFixed(2)}
        onChange={(openRatio) => setProps({ openRatio })}
      />
    </>
  );

  const list = (items: readonly { t: number }[]) =>
    items.length === 0 ? s.none : items.map((d) => d.t).join(', ');
  const readout = (
    <>
      <p data-testid="gate-summary">
        {format(s.summary, {
          T: gate.period,
          open: trim(gate.openRatio * gate.period),
          last: v.N - 1,
          openSteps: v.openSteps.length,
          openList: list(v.openSteps),
          fullSteps: v.fullSteps.length,
          ticks: v.ticks.length,
          tickList: list(v.ticks),
        })}
      </p>
      <p className="muted">{s.contrast}</p>
    </>
  );

  const table = (
    <NumbersTable
      testId="gate-table"
      caption={s.table}
      columns={[
        { label: s.step },
        { label: s.phase },
        { label: s.piece },
        { label: s.gate, format: (k) => k.toFixed(4) },
        { label: format(s.clock, { T: gate.period }) },
      ]}
      rows={v.firstPeriod.map((d) => [
        String(d.t),
        d.phase,
        s[d.piece],
        d.k,
        d.runs ? `■ ${s.runs}` : `□ ${s.holds}`,
      ])}
    />
  );

  const more = (
    <>
      <PresetRow meta={phasedGateMeta} props={props} onApply={setProps} />
      <Slider
        prop="shift"
        label={s.shift}
        value={props.shift}
        min={0}
        max={props.period}
        step={0.25}
        format={(x) => x.toFixed(2)}
        onChange={(shift) => setProps({ shift })}
      />
      <Slider
        prop="leak"
        label={s.leak}
        value={props.leak}
        min={0}
        max={0.2}
        step={0.001}
        format={(a) => a.toFixed(3)}
        onChange={(leak) => setProps({ leak })}
      />
      <p className="muted">{s.leakNote}</p>
    </>
  );

  return (
    <FigureLayout
      className="phased-gate"
      picture={picture}
      controls={controls}
      readout={readout}
      table={table}
      more={more}
    />
  );
}
