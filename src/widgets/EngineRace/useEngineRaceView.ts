import { useEffect, useMemo, useRef, useState, useSyncExternalStore, useContext } from 'react';
import type { RateBar } from '../../charts/rateBars';
import { format } from '../../i18n';
import {
  autoReason,
  ENGINES,
  missingEngines,
  pickFastest,
  type EngineKind,
  type EngineRates,
} from '../../sim';
import type { JobRunControls } from '../../ui/jobPhase';
import { useLang, useStrings } from '../../ui/LangContext';
import { divergenceText } from '../../ui/divergenceText';
import { engineProblemText, engineReasonText, engineReasonsText } from '../../ui/engineReasonText';
import { useBusyStatus } from '../../ui/useBusyStatus';
import { useNumberFormat } from '../../ui/useNumberFormat';
import { useWidgetProps, WidgetContext } from '../host/context';
import { EngineRace, type RaceOptions, type RaceWhy } from './engineRace';
import { engineRaceMeta } from './meta';
import { loadRaceText, RACE_T, raceConfig } from './raceText';

/**
 * The EngineRace figure's view model: the race over the project's engine list (ENGINES, so a
 * new engine is raced without a change here), the engines this browser lacks marked before it
 * starts, the figure's place on screen, the table, the bars and what "auto" would pick.
 */
export function useEngineRaceView(session?: RaceOptions['session']) {
  const strings = useStrings();
  const s = strings.engineRace;
  const badge = strings.engineBadge;
  const words = strings.engineReasons;
  const lang = useLang();
  const number = useNumberFormat();
  const [props, setProps] = useWidgetProps(engineRaceMeta);
  const { store } = useContext(WidgetContext)!;
  const rootRef = useRef<HTMLDivElement>(null);
  const [text, setText] = useState<{ lang: string; raw: string } | null>(null);
  useEffect(() => {
    let live = true;
    void loadRaceText(lang).then((raw) => live && setText({ lang, raw }));
    return () => {
      live = false;
    };
  }, [lang]);
  const label = (e: EngineKind) => (badge as Record<string, string>)[e] ?? words.engine[e];

  const { hidden, batch, budgetMs, warmup } = props;
  const config = useMemo(
    () => (text?.lang === lang ? raceConfig(text.raw, hidden, batch) : null),
    [text, lang, hidden, batch],
  );
  const race = useMemo(() => {
    if (!config) return null;
    const missing = missingEngines();
    const unavailable: Partial<Record<EngineKind, string>> = {};
    if (missing.webgl)
      unavailable.webgl = missing.webgl === 'noWebgl' ? badge.noWebgl : badge.noWebglContext;
    if (missing.wasm) unavailable.wasm = badge.noWasm;
    return new EngineRace(config, {
      engines: ENGINES,
      unavailable,
      warmupSteps: warmup,
      budgetMs,
      charsPerStep: RACE_T * batch,
      session,
    });
  }, [config, warmup, budgetMs, batch, badge, session]);

  // New settings: a new race, started at once if the reader had started one.
  const started = useRef(false);
  useEffect(() => {
    if (!race) return undefined;
    if (started.current) race.start();
    return () => race.dispose();
  }, [race]);
  useEffect(() => {
    const el = rootRef.current;
    if (!el || !race || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) =>
      race.setVisible(entries.some((e) => e.isIntersecting)),
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [race]);

  const idleSnap = useMemo(() => race?.getSnapshot() ?? null, [race]);
  const snap = useSyncExternalStore(
    race?.subscribe ?? noSubscribe,
    race?.getSnapshot ?? (() => idleSnap),
  );
  const phase = snap?.phase ?? 'idle';
  useBusyStatus(store, phase === 'running' || phase === 'held');
  const entries = snap?.entries ?? [];

  const finished = phase === 'done';
  const rates: EngineRates = Object.fromEntries(
    entries.filter((e) => e.stepsPerSecond !== null).map((e) => [e.engine, e.stepsPerSecond!]),
  );
  const pick = finished ? pickFastest(rates, ENGINES) : null;
  const reason = pick ? engineReasonText(autoReason(pick), words, lang) : null;
  const whyText = (why: RaceWhy | null) =>
    why === null || typeof why === 'string'
      ? (why ?? '')
      : 'problem' in why
        ? engineProblemText(why.problem, words)
        : (engineReasonsText(why.reasons, words, lang) ?? '');
  const ranked = pick ? [...pick.measured].sort((a, b) => b[1] - a[1]) : [];

  const bars: RateBar[] = entries.map((e) => ({
    label: label(e.engine),
    value: e.stepsPerSecond,
    unavailable: e.status === 'unavailable',
    winner: pick?.engine === e.engine && e.stepsPerSecond !== null,
  }));
  const statusOf = (e: (typeof entries)[number]) =>
    e.status === 'unavailable'
      ? format(s.unavailableBecause, { reason: whyText(e.reason) })
      : e.status === 'done'
        ? s.measured
        : e.status === 'running'
          ? s.measuring
          : s.waiting;
  const rows = entries.map((e) => [
    label(e.engine),
    e.stepsPerSecond === null ? '–' : number(e.stepsPerSecond, 1),
    e.charsPerSecond === null ? '–' : number(e.charsPerSecond, 0),
    statusOf(e),
  ]);

  const done = entries.filter((e) => e.status === 'done' || e.status === 'unavailable').length;
  const run: JobRunControls = {
    phase,
    reason:
      phase === 'held'
        ? typeof document !== 'undefined' && document.hidden
          ? 'hidden-tab'
          : 'offscreen'
        : null,
    error: snap?.error ? divergenceText(snap.error, words.divergence) : null,
    running: phase === 'running' || phase === 'held',
    stoppable: phase === 'running' || phase === 'held' || phase === 'paused',
    toggle: () => {
      if (!race) return;
      started.current = true;
      if (phase === 'running' || phase === 'held') race.pause();
      else if (phase === 'paused') race.resume();
      else race.start();
    },
    stop: () => race?.stop(),
  };

  return {
    rootRef,
    run,
    meta: engineRaceMeta,
    props,
    setProps,
    ready: race !== null,
    idle: format(s.idle, { hidden, batch, warmup, seconds: number(budgetMs / 1000, 1) }),
    runValues: {
      done,
      total: entries.length,
      engine: snap?.current ? label(snap.current) : '',
    },
    bars,
    rows,
    V: config?.spec.inputSize ?? 0,
    pick: pick && { engine: label(pick.engine), reason: reason! },
    ratio:
      ranked.length > 1
        ? format(s.ratio, {
            winner: label(ranked[0]![0]),
            second: label(ranked[1]![0]),
            ratio: number(ranked[0]![1] / ranked[1]![1], 2),
          })
        : null,
    number,
  };
}

const noSubscribe = () => () => {};
