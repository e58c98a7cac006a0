import {
  appendAxes,
  appendAxisTitles,
  createFrame,
  decadeTicks,
  drawAxes,
  joinMarks,
  linePath,
  powerOfTen,
  ruleX,
  ruleY,
  scaleOf,
  shapePath,
  textMarks,
  type DotShape,
} from './base';
import type { Chart } from './chart';

/**
 * The step-size trade-off of a finite difference: relative error against the step h, both on
 * log axes, one line per precision (its own dash and marker shape), a dashed guide at a
 * threshold and a rule at the step in use. Errors of 0 or below the floor sit on the floor.
 */
export interface SweepLine {
  readonly key: string;
  readonly label: string;
  readonly errors: readonly number[];
  readonly dash: string;
  readonly shape: DotShape;
}

export interface StepSweepData {
  readonly hs: readonly number[];
  readonly lines: readonly SweepLine[];
  /** The step the check uses, marked by a vertical rule. */
  readonly h: number;
}

export interface StepSweepOptions {
  readonly xLabel: string;
  readonly yLabel: string;
  readonly ariaLabel: string;
  readonly guide: { readonly value: number; readonly label: string };
  readonly stepLabel: string;
}

const FLOOR = 1e-12;
const TOP = 10;

export function createStepSweep(el: Element, opts: StepSweepOptions): Chart<StepSweepData> {
  const f = createFrame(el, {
    className: 'step-sweep',
    width: { min: 280, max: 520, fallback: 440 },
    height: 250,
    margin: { top: 22, right: 22, bottom: 44, left: 58 },
    ariaLabel: opts.ariaLabel,
    clipBleed: 6,
  });
  const axes = appendAxes(f);
  appendAxisTitles(f.svg, f, { xLabel: opts.xLabel, yLabel: opts.yLabel });
  const lines = f.layer('step-sweep__lines', true);
  const marks = f.layer('step-sweep__marks');
  const y = scaleOf('log', [FLOOR, TOP], [f.bottom, f.top]);
  const clampY = (v: number) => y(Math.min(TOP, Math.max(FLOOR, v)));

  return {
    update({ hs, lines: data, h }) {
      const lo = Math.min(...hs, h);
      const hi = Math.max(...hs, h);
      const x = scaleOf('log', [lo, hi], [f.left, f.right]);
      const xTicks = decadeTicks([lo, hi]).filter((_, i, all) => (all.length - 1 - i) % 3 === 0);
      const yTicks = decadeTicks([FLOOR, TOP]).filter((_, i) => i % 3 === 0);
      drawAxes(axes, f, x, y, {
        x: { ticks: xTicks, format: powerOfTen },
        y: { ticks: yTicks, format: powerOfTen },
      });
      joinMarks(lines, 'path', 'step-sweep__line', data, {
        d: (l) =>
          linePath(
            l.errors,
            (_, i) => x(hs[i]!),
            (v) => clampY(v),
          ),
        'stroke-dasharray': (l) => l.dash || null,
        'data-line': (l) => l.key,
      });
      const points = data.flatMap((l) => l.errors.map((v, i) => ({ l, v, h: hs[i]! })));
      joinMarks(marks, 'path', 'step-sweep__point', points, {
        d: (p) => shapePath(p.l.shape, 2.5),
        transform: (p) => `translate(${x(p.h).toFixed(2)},${clampY(p.v).toFixed(2)})`,
        'data-line': (p) => p.l.key,
      });
      const guides = [opts.guide];
      ruleY(marks, guides, {
        className: 'step-sweep__guide',
        y: (g) => y(g.value),
        x1: f.left,
        x2: f.right,
        dash: '5 4',
      });
      textMarks(marks, guides, {
        className: 'step-sweep__guide-label',
        x: f.left + 4,
        y: (g) => y(g.value) - 4,
        text: (g) => g.label,
      });
      ruleX(marks, [h], { className: 'step-sweep__step', x: (v) => x(v), y1: f.top, y2: f.bottom });
      textMarks(marks, [h], {
        className: 'step-sweep__step-label',
        x: (v) => x(v) + 4,
        y: f.top + 10,
        text: () => opts.stepLabel,
      });
    },
    destroy() {
      f.svg.remove();
    },
  };
}
