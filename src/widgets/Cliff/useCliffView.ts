import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ContourMapOptions } from '../../charts/contourMap';
import { cliffLoss, pascanuCliff } from '../../core/lessons';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useWidgetProps, useWidgetBusy } from '../host/context';
import { fmtLength } from './format';
import { MAP_B, MAP_W, START_GRID, cliffMeta } from './meta';
import { GRID, LOG_LEVELS, logSurface, runBoth, summarize } from './model';
import { useStepPlayer } from './useStepPlayer';

type Point = { x: number; y: number };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** Onto the start lattice, with the float noise of the division rounded away. */
const snap = (v: number) => Number((Math.round(v / START_GRID) * START_GRID).toFixed(2));
export const lossAt = (w: number, b: number) => cliffLoss(pascanuCliff, w, b).loss;

const keyMoves = (by: number): Record<string, [number, number]> => ({
  ArrowLeft: [-by, 0],
  ArrowRight: [by, 0],
  ArrowUp: [0, by],
  ArrowDown: [0, -by],
});

/**
 * The Cliff figure's view model: its props, both descents from the start, the step shown and
 * its playback, the crosshair (keyboard) and the pointer (hover), and the map's data.
 */
export function useCliffView() {
  const s = useStrings().cliff;
  const [props, setProps] = useWidgetProps(cliffMeta);
  const helpId = useId();

  const field = useMemo(() => logSurface(GRID), []);
  const runs = useMemo(() => runBoth(props), [props]);
  const last = Math.max(runs.plain.length, runs.clipped.length) - 1;
  const player = useStepPlayer(last);
  const { shown } = player;

  // The crosshair follows the start when it changes from outside (preset, reset, share link).
  const [cursor, setCursor] = useState<Point>({ x: props.w, y: props.b });
  const [synced, setSynced] = useState({ w: props.w, b: props.b });
  if (props.w !== synced.w || props.b !== synced.b) {
    setSynced({ w: props.w, b: props.b });
    setCursor({ x: props.w, y: props.b });
  }
  const [hover, setHover] = useState<Point | null>(null);

  useWidgetBusy(player.playing);

  const startAt = (w: number, b: number) => {
    setProps({ w: snap(w), b: snap(b) });
    player.play(0);
  };
  // The map keeps its options for its lifetime; a click reaches the current startAt via a ref.
  const startRef = useRef(startAt);
  useEffect(() => {
    startRef.current = startAt;
  });
  const chartOptions = useMemo<ContourMapOptions>(
    () => ({
      x: MAP_W,
      y: MAP_B,
      xLabel: s.wAxis,
      yLabel: s.bAxis,
      levels: LOG_LEVELS,
      onPick: (w, b) => startRef.current(w, b),
      onHover: setHover,
    }),
    [s],
  );

  const plain = summarize(runs.plain, shown);
  const clipped = summarize(runs.clipped, shown);
  const bound = props.lr * props.threshold;
  const catapulted = plain.largestStep > bound * (1 + 1e-9);
  const trajectories = useMemo(() => {
    const points = (path: typeof runs.plain, upTo: number) =>
      path
        .slice(0, upTo + 1)
        .filter((p) => Number.isFinite(p.w) && Number.isFinite(p.b))
        .map((p) => [p.w, p.b] as const);
    const mark =
      catapulted && plain.largestAt > 0
        ? {
            k: plain.largestAt,
            text: format(s.markPlain, { k: plain.largestAt, len: fmtLength(plain.largestStep) }),
          }
        : undefined;
    return [
      {
        id: 'plain',
        label: s.plain,
        style: 'solid' as const,
        points: points(runs.plain, plain.steps),
        mark,
      },
      {
        id: 'clipped',
        label: s.clipped,
        style: 'dashed' as const,
        points: points(runs.clipped, clipped.steps),
      },
    ];
  }, [runs, plain.steps, clipped.steps, catapulted, plain.largestAt, plain.largestStep, s]);
  const chartData = useMemo(
    () => ({ field, n: GRID, crosshair: cursor, trajectories }),
    [field, cursor, trajectories],
  );

  /** Arrows move the crosshair (Shift: ten times further); Enter or Space starts there. */
  const onMapKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const move = keyMoves(e.shiftKey ? 10 * START_GRID : START_GRID)[e.key];
    if (move) {
      e.preventDefault();
      setCursor((c) => ({
        x: snap(clamp(c.x + move[0], MAP_W[0], MAP_W[1])),
        y: snap(clamp(c.y + move[1], MAP_B[0], MAP_B[1])),
      }));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      startAt(cursor.x, cursor.y);
    }
  };

  return {
    props,
    setProps,
    helpId,
    runs,
    last,
    player,
    shown,
    cursor,
    hover,
    chartOptions,
    chartData,
    onMapKeyDown,
    plain,
    clipped,
    bound,
    catapulted,
  };
}
