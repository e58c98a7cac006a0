import { scaleBand, scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
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

const WIDTH = 520;
const HEIGHT = 190;
const M = { top: 18, right: 10, bottom: 28, left: 44 };

export function createContributionBars(
  el: Element,
  opts: ContributionBarsOptions,
): Chart<readonly ContributionBar[]> {
  const svg = select(el)
    .append('svg')
    .attr('class', 'contribution-bars')
    .attr('viewBox', `0 0 ${WIDTH} ${HEIGHT}`)
    .attr('role', 'img')
    .attr('aria-label', opts.ariaLabel);
  const defs = svg.append('defs');
  defs
    .append('pattern')
    .attr('id', 'dropped-hatch')
    .attr('width', 6)
    .attr('height', 6)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)')
    .append('line')
    .attr('x1', 0)
    .attr('y1', 0)
    .attr('x2', 0)
    .attr('y2', 6)
    .attr('class', 'hatch');
  const g = svg.append('g').attr('transform', `translate(${M.left},${M.top})`);
  const w = WIDTH - M.left - M.right;
  const h = HEIGHT - M.top - M.bottom;
  g.append('text')
    .attr('class', 'axis-label')
    .attr('transform', `translate(-34,${h / 2}) rotate(-90)`)
    .attr('text-anchor', 'middle')
    .text(opts.yLabel);
  g.append('line')
    .attr('class', 'baseline')
    .attr('x1', 0)
    .attr('x2', w)
    .attr('y1', h)
    .attr('y2', h);
  const bars = g.append('g');

  return {
    update(data) {
      const x = scaleBand(
        data.map((d) => d.label),
        [0, w],
      ).padding(0.25);
      const top = Math.max(1e-9, ...data.map((d) => d.full ?? 0));
      const y = scaleLinear([0, top], [h, 0]);
      const groups = bars
        .selectAll<SVGGElement, ContributionBar>('g.bar')
        .data(data)
        .join((enter) => {
          const bar = enter.append('g').attr('class', 'bar');
          bar.append('rect').attr('class', 'bar__full');
          bar.append('rect').attr('class', 'bar__kept');
          bar.append('text').attr('class', 'bar__value').attr('text-anchor', 'middle');
          bar.append('text').attr('class', 'bar__label').attr('text-anchor', 'middle');
          return bar;
        })
        .attr('data-full', (d) => (d.full === null ? '' : String(d.full)))
        .attr('data-kept', (d) => (d.kept === null ? '' : String(d.kept)));
      groups
        .select('rect.bar__full')
        .attr('x', (d) => x(d.label)!)
        .attr('width', x.bandwidth())
        .attr('y', (d) => y(d.full ?? 0))
        .attr('height', (d) => h - y(d.full ?? 0))
        .attr('fill', 'url(#dropped-hatch)');
      groups
        .select('rect.bar__kept')
        .attr('x', (d) => x(d.label)!)
        .attr('width', x.bandwidth())
        .attr('y', (d) => y(d.kept ?? 0))
        .attr('height', (d) => h - y(d.kept ?? 0));
      groups
        .select('text.bar__value')
        .attr('x', (d) => x(d.label)! + x.bandwidth() / 2)
        .attr('y', (d) => y(d.full ?? 0) - 4)
        .text((d) => (d.full === null ? '' : d.full.toFixed(3)));
      groups
        .select('text.bar__label')
        .attr('x', (d) => x(d.label)! + x.bandwidth() / 2)
        .attr('y', h + 18)
        .text((d) => d.label);
    },
    destroy() {
      svg.remove();
    },
  };
}
