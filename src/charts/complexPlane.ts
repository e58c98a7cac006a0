import { createFrame, dots, ruleX, ruleY, scaleOf, textMarks } from './base';
import type { Chart } from './chart';

/**
 * Points in the complex plane (for example the eigenvalues of a matrix) with the unit circle
 * drawn dashed and, optionally, a solid circle at a given radius (for example the spectral
 * radius). Square, so circles stay round; labelled axes Re and Im.
 */
export interface ComplexPlaneOptions {
  readonly size?: number;
}

export interface ComplexPlaneData {
  readonly re: ArrayLike<number>;
  readonly im: ArrayLike<number>;
  /** Radius of the solid circle, or null for none. */
  readonly radius: number | null;
  readonly unitLabel: string;
  readonly radiusLabel: string;
}

const PAD = 26;

/** Half-width of the square view: the largest |Re|, |Im|, radius or 1, plus 10%. */
export function planeExtent(data: ComplexPlaneData): number {
  let r = Math.max(1, data.radius ?? 0);
  for (let i = 0; i < data.re.length; i++)
    r = Math.max(r, Math.abs(data.re[i]!), Math.abs(data.im[i]!));
  return r * 1.1;
}

export function createComplexPlane(
  el: Element,
  opts: ComplexPlaneOptions = {},
): Chart<ComplexPlaneData> {
  const size = opts.size ?? 260;
  const frame = createFrame(el, {
    className: 'complex-plane',
    width: size,
    height: size,
    margin: { top: PAD, right: PAD, bottom: PAD, left: PAD },
    pixelSize: true,
  });
  frame.svg.style('max-width', '100%').style('height', 'auto');
  const axes = frame.layer().style('stroke', 'var(--rule)');
  const labels = frame.layer().style('fill', 'var(--muted)').style('font-size', '11px');
  const circles = frame.layer();
  const points = frame.layer('complex-plane__points');
  const legend = frame.layer().style('font-size', '11px');

  return {
    update(data) {
      const r = planeExtent(data);
      const x = scaleOf('linear', [-r, r], [frame.left, frame.right]);
      const y = scaleOf('linear', [-r, r], [frame.bottom, frame.top]);
      const unit = x(1) - x(0);
      ruleY(axes, [0], { className: 'axis--x', y: (v) => y(v), x1: frame.left, x2: frame.right });
      ruleX(axes, [0], { className: 'axis--y', x: (v) => x(v), y1: frame.top, y2: frame.bottom });
      textMarks(labels, ['Re', 'Im', '1'], {
        text: String,
        x: (_, i) => [frame.right, x(0) + 4, x(1) + 2][i]!,
        y: (_, i) => [y(0) - 4, frame.top + 10, y(0) + 12][i]!,
        anchor: (_, i) => (i === 0 ? 'end' : null),
      });
      const rings = [
        {
          className: 'complex-plane__unit',
          r: 1,
          stroke: 'var(--muted)',
          dash: '4 3',
          width: null,
        },
        ...(data.radius === null
          ? []
          : [
              {
                className: 'complex-plane__radius',
                r: data.radius,
                stroke: 'var(--accent)',
                dash: null,
                width: '1.5',
              },
            ]),
      ];
      dots(circles, rings, { className: 'ring', cx: x(0), cy: y(0), r: (c) => unit * c.r })
        .attr('class', (c) => `ring ${c.className}`)
        .style('fill', 'none')
        .style('stroke', (c) => c.stroke)
        .style('stroke-dasharray', (c) => c.dash)
        .style('stroke-width', (c) => c.width);
      dots(
        points,
        Array.from(data.re, (re, i) => ({ re, im: data.im[i]! })),
        {
          cx: (p) => x(p.re),
          cy: (p) => y(p.im),
          r: 2.2,
        },
      )
        .style('fill', 'var(--fg)')
        .style('opacity', '0.75');
      const keys = rings.map((c, i) => ({
        ...c,
        y: i === 0 ? 10 : size - 10,
        label: i === 0 ? data.unitLabel : data.radiusLabel,
      }));
      ruleY(legend, keys, { y: (k) => k.y, x1: 4, x2: 22 })
        .style('stroke', (k) => k.stroke)
        .style('stroke-dasharray', (k) => k.dash)
        .style('stroke-width', (k) => k.width);
      textMarks(legend, keys, { x: 26, y: (k) => k.y + 4, text: (k) => k.label }).style(
        'fill',
        'var(--fg)',
      );
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
