import {
  appendAxes,
  appendAxisTitles,
  createFrame,
  dots,
  drawAxes,
  linePath,
  rects,
  scaleOf,
  textMarks,
} from './base';
import type { Chart } from './chart';

/**
 * A Phased LSTM time gate k_t over time, beside a clockwork module of the same period. Top: the
 * gate as a line over continuous time (open phases shaded and hatched), with a dot at every whole
 * step; bottom: the clockwork module's row, a filled square with "●" where it runs (t mod T = 0)
 * and an open square where it holds. Shapes and text, not colour alone, tell the rows apart.
 */
export interface TimeGatePlotData {
  /** The gate over continuous time: dense samples [t, k]. */
  readonly curve: readonly (readonly [number, number])[];
  /** The gate at whole steps t = 0 … N − 1. */
  readonly steps: readonly number[];
  /** Open phases [from, to) within the window. */
  readonly open: readonly (readonly [number, number])[];
  /** Per whole step: does the clockwork module run? */
  readonly ticks: readonly boolean[];
  readonly xLabel: string;
  readonly yLabel: string;
  /** Row titles: the gate and the clockwork module. */
  readonly gateLabel: string;
  readonly clockLabel: string;
}

const MARGIN = { top: 22, right: 10, bottom: 40, left: 44 };
/** Fitted to the container when the chart is made, so that its text keeps its size on a phone. */
const WIDTH = { min: 280, max: 640, fallback: 560 };
const HEIGHT = 250;
const ROW = 16;

export function createTimeGatePlot(el: Element): Chart<TimeGatePlotData> {
  const frame = createFrame(el, {
    className: 'time-gate-plot',
    width: WIDTH,
    height: HEIGHT,
    margin: MARGIN,
  });
  const bands = frame.layer('time-gate-plot__open');
  const axes = appendAxes(frame);
  const titles = frame.layer('time-gate-plot__titles');
  const line = frame.svg.append('path').attr('class', 'time-gate-plot__line').attr('fill', 'none');
  const points = frame.layer('time-gate-plot__steps');
  const clock = frame.layer('time-gate-plot__clock');
  let titled = false;

  return {
    update(d) {
      const N = d.steps.length;
      const x = scaleOf('linear', [-0.5, N - 0.5], [frame.left, frame.right]);
      const y = scaleOf('linear', [0, 1.05], [frame.bottom - 58, frame.top]);
      if (!titled) {
        appendAxisTitles(frame.svg, frame, { xLabel: d.xLabel, yLabel: d.yLabel });
        titled = true;
      }
      const every = N > 40 ? 8 : N > 20 ? 4 : N > 10 ? 2 : 1;
      drawAxes(axes, frame, x, y, {
        x: { ticks: d.steps.map((_, t) => t).filter((t) => t % every === 0), format: String },
        y: { ticks: [0, 0.5, 1], format: (v) => v.toFixed(1) },
      });
      rects(bands, d.open, {
        x: ([a]) => x(a),
        y: y(1.05),
        width: ([a, b]) => Math.max(0, x(b) - x(a)),
        height: y(0) - y(1.05),
        className: 'time-gate-plot__band',
      });
      line.attr(
        'd',
        linePath(
          d.curve,
          ([t]) => x(t),
          ([, k]) => y(k),
        ),
      );
      dots(points, d.steps, {
        cx: (_, t) => x(t),
        cy: (k) => y(k),
        r: 3,
        className: 'time-gate-plot__step',
      })
        .attr('data-step', (_, t) => t)
        .attr('data-value', (k) => k);
      const rowY = frame.bottom - 34;
      const side = Math.min(ROW, (frame.right - frame.left) / N - 2);
      rects(clock, d.ticks, {
        x: (_, t) => x(t) - side / 2,
        y: rowY,
        width: side,
        height: side,
        fill: (on) => (on ? 'var(--fg)' : 'none'),
        className: 'time-gate-plot__tick',
      })
        .attr('data-step', (_, t) => t)
        .attr('data-runs', (on) => String(on))
        .attr('stroke', (on) => (on ? 'var(--fg)' : 'var(--muted)'))
        .attr('stroke-width', 1);
      textMarks(titles, [d.gateLabel, d.clockLabel], {
        x: frame.left,
        y: (_, i) => (i === 0 ? frame.top - 8 : rowY - 6),
        text: String,
        className: 'time-gate-plot__title',
      });
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
