import { useId, useRef } from 'react';
import { format } from '../../i18n';
import { DraftTextField, useDraft } from '../../ui/DraftTextField';
import { useStrings } from '../../ui/LangContext';
import {
  FigureLayout,
  NumbersTable,
  PresetRow,
  SeedButton,
  SliderTable,
  type SliderRow,
} from '../../ui/figure';
import { GradientChart } from './GradientChart';
import { clockGradientMeta } from './meta';
import { parsePeriods } from './periods';
import { fmtNorm, tableLags, useClockGradientView } from './useClockGradientView';
import './clockGradient.css';

const isPeriods = (text: string) => Array.isArray(parsePeriods(text));
/** Beside the periods: the spectral radius. */
const RHO = [['rho', 0.1, 2, 0.05]] as const satisfies readonly SliderRow<string>[];
/** Under "More settings": the horizon and the module size. */
const SLIDERS = [
  ['horizon', 8, 256, 8],
  ['unitsPerModule', 1, 16, 1],
] as const satisfies readonly SliderRow<string>[];

export default function ClockGradient() {
  const s = useStrings().clockGradient;
  const rootRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const {
    props,
    setProps,
    measurement: m,
    readout: r,
    status,
    failed,
  } = useClockGradientView(rootRef);
  const periods = useDraft(props.periods, isPeriods, (text) =>
    setProps({ periods: text.replace(/\s+/g, '') }),
  );

  const controls = (
    <>
      <PresetRow meta={clockGradientMeta} props={props} onApply={setProps}>
        <DraftTextField prop="periods" label={s.periods} draft={periods} hintId={hintId} />
      </PresetRow>
      {!periods.valid && (
        <p id={hintId} className="widget-message" role="status">
          {s.periodsHint}
        </p>
      )}
      <SliderTable rows={RHO} values={props} labels={s} onChange={setProps} />
      <p className="muted clock-gradient__status" role="status" data-testid="status">
        {status}
      </p>
    </>
  );

  const readout = m && r && (
    <>
      <p data-testid="readout">
        {format(s.readout, {
          lag: r.lag,
          period: r.period,
          ticks: r.ticks,
          slow: fmtNorm(r.slow),
          srn: fmtNorm(r.srn),
        })}{' '}
        {r.srn > 0 &&
          r.slow > r.srn &&
          format(s.ratio, { ratio: (r.slow / r.srn).toExponential(1) })}
      </p>
      <p
        data-testid="held-check"
        data-held-steps={m.held.steps}
        data-held-spans={m.held.spans}
        data-held-max-deviation={m.held.maxDeviation}
      >
        {m.held.steps === 0
          ? s.noHold
          : format(s.held, {
              steps: m.held.steps,
              spans: m.held.spans,
              deviation: String(m.held.maxDeviation),
            })}
      </p>
      <p className="muted">{format(s.note, { units: m.periods.length * m.unitsPerModule })}</p>
    </>
  );

  const table = m && (
    <NumbersTable
      testId="norm-table"
      caption={s.tableCaption}
      columns={[
        { label: s.lag },
        ...m.periods.map((period, i) => ({
          label: format(s.moduleColumn, { m: i + 1, period }),
          format: fmtNorm,
        })),
        { label: s.wholeColumn, format: fmtNorm },
        { label: s.srnColumn, format: fmtNorm },
      ]}
      rows={tableLags(m.T).map((lag) => [
        String(lag),
        ...m.modules.map((values) => values[lag]!),
        m.clockworkWhole[lag]!,
        m.srn[lag]!,
      ])}
    />
  );

  const more = (
    <>
      <SliderTable rows={SLIDERS} values={props} labels={s} onChange={setProps} />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );

  return (
    <div
      className="clock-gradient"
      ref={rootRef}
      data-measured={m ? `${m.periods.join(',')}|${m.T}` : undefined}
    >
      <FigureLayout
        picture={
          failed && !m ? (
            <p className="widget-message" role="alert">
              {status}
            </p>
          ) : (
            <GradientChart measurement={m} />
          )
        }
        controls={controls}
        readout={readout || undefined}
        table={table || undefined}
        more={more}
      />
    </div>
  );
}
