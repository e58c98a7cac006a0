import {
  appendAxes,
  appendAxisTitles,
  createFrame,
  drawAxes,
  linePath,
  ruleY,
  scaleOf,
  textMarks,
} from './base';
import type { Chart } from './chart';

/**
 * A training curve: loss against step, with a dashed reference line (for a character model,
 * the loss of an untrained model, log2 V bits).
 */
export interface LossCurveOptions {
  /** Default: the container's width (260–720 px), or 560 where it has none. */
  readonly width?: number;
  readonly height?: number;
  readonly xLabel: string;
  readonly yLabel: string;
}

export interface LossCurveData {
  readonly points: readonly { readonly step: number; readonly value: number }[];
  readonly reference: { readonly value: number; readonly label: string } | null;
}

export function createLossCurve(el: Element, opts: LossCurveOptions): Chart<LossCurveData> {
  const frame = createFrame(el, {
    className: 'loss-curve',
    // Fit the container's width when it has one (narrow screens keep legible text).
    width: opts.width ?? { min: 260, max: 720, fallback: 560 },
    height: opts.height ?? 200,
    margin: { top: 12, right: 14, bottom: 34, left: 44 },
  });
  const axes = appendAxes(frame);
  const reference = frame.layer('loss-curve__reference-layer');
  const path = frame.svg.append('path').attr('class', 'loss-curve__line').attr('fill', 'none');
  appendAxisTitles(frame.svg, frame, opts, 12);

  return {
    update({ points, reference: ref }) {
      const maxStep = Math.max(10, ...points.map((p) => p.step));
      const maxValue = Math.max(ref?.value ?? 0, ...points.map((p) => p.value), 0.5) * 1.08;
      const x = scaleOf('linear', [0, maxStep], [frame.left, frame.right]).nice();
      const y = scaleOf('linear', [0, maxValue], [frame.bottom, frame.top]).nice();
      drawAxes(axes, frame, x, y, {
        x: { ticks: x.ticks(5), format: String },
        y: { ticks: y.ticks(4), format: String },
      });
      const refs = ref ? [ref] : [];
      ruleY(reference, refs, {
        className: 'loss-curve__reference',
        y: (r) => y(r.value),
        x1: frame.left,
        x2: frame.right,
      });
      textMarks(reference, refs, {
        className: 'loss-curve__reference-label',
        x: frame.right,
        y: (r) => y(r.value) - 5,
        anchor: 'end',
        text: (r) => r.label,
      });
      path.attr(
        'd',
        linePath(
          points,
          (p) => x(p.step),
          (p) => y(p.value),
        ),
      );
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
