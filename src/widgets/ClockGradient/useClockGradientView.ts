import { useContext, useMemo, type RefObject } from 'react';
import type { ClockGradientMeasurement, ClockGradientSettings } from '../../core/experiments';
import { format } from '../../i18n';
import { jobPhase, jobPhaseText } from '../../ui/jobPhase';
import { useStrings } from '../../ui/LangContext';
import { useJob } from '../../ui/useJob';
import { useSettled } from '../../ui/useSettled';
import { WidgetContext, useWidgetProps } from '../host/context';
import { clockGradientMeta } from './meta';
import { parsePeriods } from './periods';

/** Norms as the figure prints them (tests compare against these). */
export const fmtNorm = (v: number) => (Number.isFinite(v) ? v.toExponential(3) : String(v));

/** The lags the table lists: 1, 2, 4, … up to T, and T itself. */
export const tableLags = (T: number) => {
  const lags: number[] = [];
  for (let lag = 1; lag < T; lag *= 2) lags.push(lag);
  return [...lags, T];
};

/** The numbers the readout states, for the measured settings. */
export interface ClockReadout {
  readonly lag: number;
  /** The slowest module (the last with the largest period). */
  readonly module: number;
  readonly period: number;
  readonly ticks: number;
  readonly slow: number;
  readonly srn: number;
}

export function readoutOf(m: ClockGradientMeasurement): ClockReadout {
  const module = m.periods.length - 1;
  return {
    lag: m.T,
    module,
    period: m.periods[module]!,
    ticks: m.ticks[module]![m.T]!,
    slow: m.modules[module]![m.T]!,
    srn: m.srn[m.T]!,
  };
}

/**
 * The ClockGradient figure's view model: its props, the measurement (a background job that
 * follows the settings once a slider has come to rest; the last result stays on screen while
 * the next runs), and what the status line says.
 */
export function useClockGradientView(rootRef: RefObject<HTMLElement | null>) {
  const s = useStrings().clockGradient;
  const [props, setProps] = useWidgetProps(clockGradientMeta);
  const store = useContext(WidgetContext)?.store;
  const rho = useSettled(props.rho);
  const horizon = useSettled(props.horizon);
  const unitsPerModule = useSettled(props.unitsPerModule);
  const { seed } = props;
  // The schema has checked the periods; a problem here would be a bug (the figure draws none).
  const periodsOrError = useMemo(() => parsePeriods(props.periods), [props.periods]);

  const settings = useMemo<ClockGradientSettings>(
    () => ({
      periods: Array.isArray(periodsOrError) ? periodsOrError : [],
      rho,
      horizon,
      unitsPerModule,
      seed,
    }),
    [periodsOrError, rho, horizon, unitsPerModule, seed],
  );
  const job = useJob('clockGradient', settings, {
    auto: true,
    element: rootRef,
    ...(store ? { status: store } : {}),
  });
  const measurement = job.last?.result ?? null;
  const phase = jobPhase(job.state);
  const status =
    job.last?.error != null
      ? format(s.failed, { message: job.last.error })
      : phase === 'idle' || phase === 'done' || phase === 'error'
        ? ''
        : format(jobPhaseText(s, phase, job.reason), {
            done: job.progress?.done ?? 0,
            of: job.progress?.of ?? 2 * horizon,
          });

  return {
    props,
    setProps,
    measurement,
    readout: measurement ? readoutOf(measurement) : null,
    status,
    failed: job.last?.error != null,
  };
}
