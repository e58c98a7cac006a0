import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { bandColour, createContourMap, type ContourMapOptions } from '../../charts/contourMap';
import { cliffLoss, pascanuCliff } from '../../core/lessons';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { useChart } from '../../ui/useChart';
import { PresetSelect } from '../host/PresetSelect';
import { useWidgetState } from '../host/context';
import type { PropsOf } from '../../state/widgetMeta';
import type { WidgetStatus } from '../../state/widgetStore';
import { fmtCoord, fmtLength, fmtLevel, fmtLoss } from './format';
import { MAP_B, MAP_W, START_GRID, cliffMeta } from './meta';
import { GRID, LOG_LEVELS, logSurface, runBoth, summarize, type RunSummary } from './model';
import { useStepPlayer } from './useStepPlayer';
import './cliff.css';

type Props = PropsOf<typeof cliffMeta>;
type Point = { x: number; y: number };

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
/** Onto the start lattice, with the float noise of the division rounded away. */
const snap = (v: number) => Number((Math.round(v / START_GRID) * START_GRID).toFixed(2));
const lossAt = (w: number, b: number) => cliffLoss(pascanuCliff, w, b).loss;

export default function Cliff() {
  const s = useStrings().cliff;
  const props = useWidgetState<Props, Props>((st) => st.props);
  const setProps = useWidgetState<Props, (p: Partial<Props>) => void>((st) => st.setProps);
  const setStatus = useWidgetState<Props, (st: WidgetStatus) => void>((st) => st.setStatus);
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

  useEffect(() => {
    setStatus(player.playing ? 'running' : 'ready');
  }, [player.playing, setStatus]);

  const startAt = (w: number, b: number) => {
    setProps({ w: snap(w), b: snap(b) });
    player.play(0);
  };

  const chartOptions = useMemo<ContourMapOptions>(
    () => ({
      x: MAP_W,
      y: MAP_B,
      xLabel: s.wAxis,
      yLabel: s.bAxis,
      levels: LOG_LEVELS,
      onPick: (w, b) => startAt(w, b),
      onHover: setHover,
    }),
    // startAt only calls stable store actions and the player's play, which reads no stale state.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [s],
  );

  const plain = summarize(runs.plain, shown);
  const clipped = summarize(runs.clipped, shown);
  const bound = props.lr * props.threshold;
  const catapulted = plain.largestStep > bound * (1 + 1e-9);
  const trajectory = (path: typeof runs.plain, upTo: number) =>
    path
      .slice(0, upTo + 1)
      .filter((p) => Number.isFinite(p.w) && Number.isFinite(p.b))
      .map((p) => [p.w, p.b] as const);
  const trajectories = useMemo(
    () => [
      {
        id: 'plain',
        label: s.plain,
        style: 'solid' as const,
        points: trajectory(runs.plain, plain.steps),
        mark:
          catapulted && plain.largestAt > 0
            ? {
                k: plain.largestAt,
                text: format(s.markPlain, {
                  k: plain.largestAt,
                  len: fmtLength(plain.largestStep),
                }),
              }
            : undefined,
      },
      {
        id: 'clipped',
        label: s.clipped,
        style: 'dashed' as const,
        points: trajectory(runs.clipped, clipped.steps),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [runs, plain.steps, clipped.steps, catapulted, s],
  );
  const chartData = useMemo(
    () => ({ field, n: GRID, crosshair: cursor, trajectories }),
    [field, cursor, trajectories],
  );
  const chartRef = useChart(createContourMap, chartOptions, chartData);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const by = e.shiftKey ? 10 * START_GRID : START_GRID;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-by, 0],
      ArrowRight: [by, 0],
      ArrowUp: [0, by],
      ArrowDown: [0, -by],
    };
    const move = moves[e.key];
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

  const bands = LOG_LEVELS.length + 1;
  const bandLabel = (k: number) =>
    k === 0
      ? format(s.below, { hi: fmtLevel(LOG_LEVELS[0]) })
      : k === LOG_LEVELS.length
        ? format(s.above, { lo: fmtLevel(LOG_LEVELS[k - 1]!) })
        : format(s.between, { lo: fmtLevel(LOG_LEVELS[k - 1]!), hi: fmtLevel(LOG_LEVELS[k]!) });

  const row = (id: 'plain' | 'clipped', name: string, r: RunSummary) => (
    <tr data-testid={`run-${id}`}>
      <th scope="row">{name}</th>
      <td data-testid={`${id}-steps`} data-value={r.steps}>
        {r.steps}
        {r.diverged && <span className="muted"> ({s.diverged})</span>}
      </td>
      <td data-testid={`${id}-loss`} data-value={r.loss}>
        {fmtLoss(r.loss)}
      </td>
      <td data-testid={`${id}-largest`} data-value={r.largestStep} data-at={r.largestAt}>
        {fmtLength(r.largestStep)}
        {r.largestAt > 0 && <span className="muted"> ({format(s.at, { k: r.largestAt })})</span>}
      </td>
      <td data-testid={`${id}-clipped`} data-value={r.clippedSteps}>
        {r.clippedSteps}
      </td>
    </tr>
  );

  return (
    <div className="cliff">
      <div className="widget-row">
        <PresetSelect meta={cliffMeta} />
      </div>
      <div className="cliff__layout">
        <div className="cliff__map-column">
          <div
            className="cliff__map"
            ref={chartRef}
            tabIndex={0}
            role="application"
            aria-label={s.map}
            aria-describedby={helpId}
            onKeyDown={onKeyDown}
            data-testid="map"
          />
          <p className="muted cliff__help" id={helpId}>
            {s.mapHelp}
          </p>
          <p className="cliff__readout" aria-live="polite" data-testid="crosshair">
            {format(s.crosshair, {
              w: fmtCoord(cursor.x),
              b: fmtCoord(cursor.y),
              e: fmtLoss(lossAt(cursor.x, cursor.y)),
            })}
          </p>
          <p className="cliff__readout muted" data-testid="hover">
            {hover
              ? format(s.hover, {
                  w: fmtCoord(hover.x),
                  b: fmtCoord(hover.y),
                  e: fmtLoss(lossAt(hover.x, hover.y)),
                })
              : ' '}
          </p>
        </div>
        <div className="cliff__side">
          <p data-testid="start" data-w={props.w} data-b={props.b}>
            {format(s.start, {
              w: fmtCoord(props.w),
              b: fmtCoord(props.b),
              e: fmtLoss(runs.plain[0]!.loss),
            })}
          </p>
          <ul className="cliff__key" aria-label={s.legend}>
            <li>
              <svg width="34" height="12" aria-hidden="true">
                <path className="cliff__key-plain" d="M2,6H32" />
                <circle className="cliff__key-plain-dot" cx="17" cy="6" r="3" />
              </svg>
              {s.plainLong}
            </li>
            <li>
              <svg width="34" height="12" aria-hidden="true">
                <path className="cliff__key-clipped" d="M2,6H32" strokeDasharray="7 4" />
                <rect className="cliff__key-clipped-dot" x="14" y="3" width="6" height="6" />
              </svg>
              {s.clippedLong}
            </li>
          </ul>
          <p className="cliff__legend-title">{s.legend}</p>
          <ul className="cliff__bands">
            {Array.from({ length: bands }, (_, k) => bands - 1 - k).map((k) => (
              <li key={k}>
                <span className="cliff__swatch" style={{ background: bandColour(k, bands) }} />
                {bandLabel(k)}
              </li>
            ))}
          </ul>
        </div>
      </div>

      <div className="widget-row" role="group" aria-label={s.controls}>
        <button type="button" onClick={player.rewind} disabled={shown === 0}>
          ⇤ {s.rewind}
        </button>
        <button type="button" onClick={player.step} disabled={shown === last}>
          {s.step} ▶
        </button>
        {player.playing ? (
          <button type="button" onClick={player.pause}>
            ❚❚ {s.pause}
          </button>
        ) : (
          <button type="button" onClick={() => player.play()}>
            ▶▶ {s.play}
          </button>
        )}
        <button type="button" onClick={player.toEnd} disabled={shown === last}>
          {s.toEnd} ⇥
        </button>
        <span aria-live="polite" data-testid="position">
          {format(s.position, { i: shown, n: last })}
        </span>
      </div>

      <div className="cliff__sliders">
        <Slider
          label={s.lr}
          value={props.lr}
          min={0.01}
          max={10}
          log
          format={(v) => v.toPrecision(3)}
          onChange={(lr) => setProps({ lr })}
        />
        <Slider
          label={s.threshold}
          value={props.threshold}
          min={0.01}
          max={10}
          log
          format={(v) => v.toPrecision(3)}
          onChange={(threshold) => setProps({ threshold })}
        />
        <Slider
          label={s.steps}
          value={props.steps}
          min={10}
          max={400}
          step={10}
          format={(v) => String(v)}
          onChange={(steps) => setProps({ steps: Math.round(steps) })}
        />
      </div>

      <table className="cliff__table" data-testid="runs">
        <caption>{format(s.table, { i: shown })}</caption>
        <thead>
          <tr>
            <th scope="col">{s.run}</th>
            <th scope="col">{s.stepsTaken}</th>
            <th scope="col">{s.loss}</th>
            <th scope="col">{s.largest}</th>
            <th scope="col">{s.clippedCount}</th>
          </tr>
        </thead>
        <tbody>
          {row('plain', s.plainLong, plain)}
          {row('clipped', s.clippedLong, clipped)}
        </tbody>
      </table>
      <p data-testid="bound">{format(s.bound, { bound: fmtLength(bound) })}</p>
      <p data-testid="verdict">
        {catapulted
          ? format(s.catapult, {
              k: plain.largestAt,
              len: fmtLength(plain.largestStep),
              clip: fmtLength(clipped.largestStep),
              ratio:
                clipped.largestStep > 0 ? fmtLength(plain.largestStep / clipped.largestStep) : '∞',
            })
          : format(s.noCatapult, { len: fmtLength(plain.largestStep), bound: fmtLength(bound) })}
      </p>
    </div>
  );
}
