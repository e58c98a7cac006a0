import { useMemo } from 'react';
import type { TimeGatePlotData } from '../../charts/timeGatePlot';
import { gatePhase, gatePiece, timeGate, type TimeGate } from '../../core/lessons';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useWidgetProps } from '../host/context';
import { phasedGateMeta } from './meta';

/** Samples of the gate per step in the drawing (its corners fall between them by at most 1/32 step). */
const SAMPLES_PER_STEP = 32;

/** Three periods, at least 12 steps: the window drawn. */
export const windowSteps = (period: number) => Math.max(12, 3 * period);

/**
 * The PhasedGate's view model: the gate over continuous time and at whole steps for the reader's
 * τ, ψ and r_on, its open phases, and the clockwork module of the same period.
 */
export function usePhasedGateView() {
  const s = useStrings().phasedGate;
  const [props, setProps] = useWidgetProps(phasedGateMeta);
  const gate = useMemo<TimeGate>(
    () => ({
      period: props.period,
      shift: props.shift,
      openRatio: props.openRatio,
      leak: props.leak,
    }),
    [props.period, props.shift, props.openRatio, props.leak],
  );
  const N = windowSteps(gate.period);
  const steps = useMemo(
    () =>
      Array.from({ length: N }, (_, t) => ({
        t,
        phase: gatePhase(gate, t),
        piece: gatePiece(gate, t),
        k: timeGate(gate, t),
        runs: t % gate.period === 0,
      })),
    [gate, N],
  );
  const plot = useMemo<TimeGatePlotData>(() => {
    const from = -0.5;
    const count = N * SAMPLES_PER_STEP;
    const curve = Array.from({ length: count + 1 }, (_, n) => {
      const t = from + n / SAMPLES_PER_STEP;
      return [t, timeGate(gate, t)] as const;
    });
    const open: [number, number][] = [];
    const first = Math.floor((from - gate.shift) / gate.period);
    for (let n = first; gate.shift + n * gate.period < N; n++) {
      const a = gate.shift + n * gate.period;
      const b = a + gate.openRatio * gate.period;
      if (b > from) open.push([Math.max(a, from), Math.min(b, N - 0.5)]);
    }
    return {
      curve,
      steps: steps.map((d) => d.k),
      open,
      ticks: steps.map((d) => d.runs),
      xLabel: s.xLabel,
      yLabel: s.yLabel,
      gateLabel: s.gateLabel,
      clockLabel: format(s.clockLabel, { T: gate.period }),
    };
  }, [gate, steps, N, s]);

  const firstPeriod = steps.slice(0, gate.period + 1);
  const openSteps = steps.filter((d) => d.piece !== 'closed' && d.k > 0);
  const fullSteps = steps.filter((d) => d.k === 1);
  const ticks = steps.filter((d) => d.runs);
  return {
    props,
    setProps,
    gate,
    steps,
    firstPeriod,
    plot,
    N,
    openSteps,
    fullSteps,
    ticks,
  };
}
