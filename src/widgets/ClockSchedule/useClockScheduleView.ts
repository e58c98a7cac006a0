import { useEffect, useId, useMemo, useState } from 'react';
import type { ClockTimelineData } from '../../charts/clockTimeline';
import {
  activeModules,
  clockCounts,
  engineParameterCounts,
  lastTick,
  runClock,
  runLength,
  stepMultiplyAdds,
  type ClockNetwork,
} from '../../core/lessons';
import { format } from '../../i18n';
import { useDraft } from '../../ui/DraftTextField';
import { useStrings } from '../../ui/LangContext';
import { useWidgetProps } from '../host/context';
import { clockScheduleMeta, parsePeriods } from './meta';

/** Time between steps while the clock plays. */
const PLAY_INTERVAL_MS = 700;
/** The most steps the timeline shows at once. */
const WINDOW = 33;

export const values = (v: ArrayLike<number>) => Array.from(v, (x) => x.toFixed(3)).join(', ');

/**
 * The ClockSchedule's view model: the engine's clockwork network run over two turns of its
 * slowest clock, which modules run at the step shown, the timeline window, the counts against
 * an SRN of the same size, the player and the periods draft.
 */
export function useClockScheduleView() {
  const s = useStrings().clockSchedule;
  const [props, setProps] = useWidgetProps(clockScheduleMeta);
  const hintId = useId();
  const { periods, unitsPerModule, weights, input, seed } = props;
  const steps = runLength(periods);
  const t = Math.min(props.t, steps - 1);

  const net = useMemo<ClockNetwork>(
    () => ({ periods, unitsPerModule, inputs: 1, outputs: 1 }),
    [periods, unitsPerModule],
  );
  const run = useMemo(
    () =>
      runClock(net, weights === 'hand' ? { kind: 'hand' } : { kind: 'seeded', seed }, input, steps),
    [net, weights, seed, input, steps],
  );
  const counts = useMemo(() => clockCounts(net), [net]);
  const engine = useMemo(() => engineParameterCounts(net), [net]);
  const active = activeModules(periods, t);
  const k = unitsPerModule;
  const moduleStates = periods.map((T, i) => ({
    i: i + 1,
    T,
    runs: active[i]!,
    from: lastTick(T, t),
    values: run.states[t]!.subarray(i * k, (i + 1) * k),
  }));

  const span = Math.min(steps, WINDOW);
  const start = Math.max(0, Math.min(t - Math.floor(span / 2), steps - span));
  const windowSteps = useMemo(
    () => Array.from({ length: span }, (_, c) => start + c),
    [span, start],
  );
  const timeline = useMemo<ClockTimelineData>(
    () => ({
      steps: windowSteps,
      current: t,
      modules: periods.map((T, i) => ({
        label: format(s.moduleLabel, { i: i + 1, T }),
        values: windowSteps.map((step) => run.states[step]!.subarray(i * k, (i + 1) * k)),
        ticks: windowSteps.map((step) => step % T === 0),
      })),
    }),
    [windowSteps, t, periods, run, k, s],
  );
  const blocks = useMemo(() => ({ active: activeModules(periods, t) }), [periods, t]);

  const g = periods.length;
  const usedBlocks = active.reduce((n, on, i) => n + (on ? g - i : 0), 0);

  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return undefined;
    const id = setTimeout(() => {
      if (t >= steps - 1) setPlaying(false);
      else setProps({ t: t + 1 });
    }, PLAY_INTERVAL_MS);
    return () => clearTimeout(id);
  }, [playing, t, steps, setProps]);
  const togglePlay = (on: boolean) => {
    if (on && t >= steps - 1) setProps({ t: 0 });
    setPlaying(on);
  };

  /** New periods keep the step where the run still reaches it. */
  const applyPeriods = (next: readonly number[]) =>
    setProps({ periods: [...next], t: Math.min(t, runLength(next) - 1) });
  const draft = useDraft(
    periods.join(', '),
    (text) => parsePeriods(text).problem === null,
    (text) => applyPeriods(parsePeriods(text).periods!),
  );

  return {
    props,
    setProps,
    applyPeriods,
    hintId,
    draft,
    problem: parsePeriods(draft.draft).problem,
    net,
    steps,
    t,
    active,
    moduleStates,
    timeline,
    blocks,
    usedBlocks,
    totalBlocks: (g * (g + 1)) / 2,
    counts,
    engine,
    stepWork: stepMultiplyAdds(net, t),
    playing,
    togglePlay,
  };
}

/** A count as the table writes it: whole numbers with thousands separators, others to 2 decimals. */
export const count = (v: number) =>
  Number.isInteger(v)
    ? v.toLocaleString('en')
    : v.toLocaleString('en', { maximumFractionDigits: 2 });
