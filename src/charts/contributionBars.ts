import { scaleBand } from 'd3-scale';
import { select } from 'd3-selection';
import { appendHatchPattern, bars, createFrame, ruleY, scaleOf, textMarks } from './base';
import type { Chart } from './chart';

/**
 * Each time step's contribution to a gradient, as bars: the full contribution as an outline and
 * what a truncated computation keeps as a solid bar inside it, so the dropped part shows as the
 * empty (hatched) remainder. Steps not computed yet have no bar; values print above the bars.
 */
export interface ContributionBar {
  readonly label: string;
  readonly full: number | null;
  readonly kept: number | null;
}

export interface ContributionBarsOptions {
  readonly yLabel: string;
  readonly ariaLabel: string;
}

export function createContributionBars(
  el: Element,
  opts: ContributionBarsOptions,
): Chart<readonly ContributionBar[]> {
  const frame = createFrame(el, {
    className: 'contribution-bars',
    width: 520,
    height: 190,
    margin: { top: 18, right: 10, bottom: 28, left: 44 },
    ariaLabel: opts.ariaLabel,
  });
  const hatch = appendHatchPattern(frame.svg, 'dropped-hatch', 'hatch');
  const axis = frame.layer();
  textMarks(axis, [opts.yLabel], {
    className: 'axis__title',
    transform: `translate(10,${(frame.top + frame.bottom) / 2}) rotate(-90)`,
    anchor: 'middle',
    text: String,
  });
  ruleY(axis, [0], { className: 'baseline', y: frame.bottom, x1: frame.left, x2: frame.right });
  const layer = frame.layer();

  return {
    update(data) {
      const x = scaleBand(
        data.map((d) => d.label),
        [frame.left, frame.right],
      ).padding(0.25);
      const top = Math.max(1e-9, ...data.map((d) => d.full ?? 0));
      const y = scaleOf('linear', [0, top], [frame.bottom, frame.top]);
      const groups = layer
        .selectAll<SVGGElement, ContributionBar>('g.bar')
        .data(data)
        .join('g')
        .attr('class', 'bar')
        .attr('data-full', (d) => (d.full === null ? '' : String(d.full)))
        .attr('data-kept', (d) => (d.kept === null ? '' : String(d.kept)));
      groups.each(function (d) {
        const g = select<SVGGElement, unknown>(this);
        const left = x(d.label)!;
        const centre = left + x.bandwidth() / 2;
        const bar = { x: () => left, width: x.bandwidth(), base: frame.bottom };
        bars(g, [d.full ?? 0], { ...bar, className: 'bar__full', y, fill: `url(#${hatch})` });
        bars(g, [d.kept ?? 0], { ...bar, className: 'bar__kept', y });
        textMarks(g, [d.full], {
          className: 'bar__value',
          anchor: 'middle',
          x: centre,
          y: y(d.full ?? 0) - 4,
          text: (v) => (v === null ? '' : v.toFixed(3)),
        });
        textMarks(g, [d.label], {
          className: 'bar__label',
          anchor: 'middle',
          x: centre,
          y: frame.bottom + 18,
          text: String,
        });
      });
    },
    destroy() {
      frame.svg.remove();
    },
  };
}
