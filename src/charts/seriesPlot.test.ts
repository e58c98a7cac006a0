// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createComplexPlane, planeExtent } from './complexPlane';
import { linePath, tickLabel } from './base';
import { createSeriesPlot, yExtent } from './seriesPlot';

const series = (values: number[]) => ({ label: 's', values, colour: 'red' });

describe('seriesPlot helpers', () => {
  it('labels log ticks as powers of ten and linear ticks compactly', () => {
    expect(tickLabel(1e-15, true)).toBe('1e−15');
    expect(tickLabel(100, true)).toBe('1e2');
    expect(tickLabel(-0.5, false)).toBe('−0.5');
    expect(tickLabel(0, false)).toBe('0');
    expect(tickLabel(2900, false)).toBe('2900');
  });

  it('spans whole decades on a log axis, flooring zeros, and pads a linear one', () => {
    const decades = (s: number[]) => yExtent([series(s)], true, 1e-17).map(Math.log10);
    expect(decades([3e-16, 0, 7.4])).toEqual([-17, 1]);
    expect(decades([2e-3, 5e-3])).toEqual([-3, -2]);
    expect(decades([1, 1])).toEqual([0, 1]);
    expect(yExtent([series([-1, 1])], false, 0)).toEqual([-1.1, 1.1]);
    expect(yExtent([series([NaN])], false, 0)).toEqual([-1, 1]);
  });

  it('breaks the line at non-finite values', () => {
    expect(
      linePath(
        [1, NaN, 2, 3],
        (_, i) => i,
        (v) => v,
        Number.isFinite,
      ),
    ).toBe('M0.0,1.0M2.0,2.0L3.0,3.0');
  });
});

describe('createSeriesPlot', () => {
  it('draws one path per series, the legend, the marker, and clears on destroy', () => {
    const el = document.createElement('div');
    const chart = createSeriesPlot(el, { yScale: 'log' });
    chart.update({
      x0: 10,
      xLabel: 't',
      yLabel: 'd',
      marker: { x: 12, label: 'here' },
      series: [series([1, 0.1, 0.01, 0]), { ...series([1, 1, 1, 1]), label: 'flat', dash: '2 3' }],
    });
    const paths = el.querySelectorAll('.series-plot__lines path');
    expect(paths).toHaveLength(2);
    expect(paths[1]!.getAttribute('style')).toContain('stroke-dasharray: 2 3');
    expect([...el.querySelectorAll('.series-plot__legend text')].map((t) => t.textContent)).toEqual(
      ['s', 'flat'],
    );
    expect(el.querySelector('.series-plot__marker text')!.textContent).toBe('here');
    chart.destroy();
    expect(el.querySelector('svg')).toBeNull();
  });

  it('spaces the values dx apart on the x axis', () => {
    const ends = (dx?: number) => {
      const el = document.createElement('div');
      createSeriesPlot(el).update({
        x0: 0,
        dx,
        xLabel: 't',
        yLabel: 'y',
        series: [series([1, 2, 3])],
      });
      const ticks = [...el.querySelectorAll('text')].map((t) => t.textContent);
      return ticks;
    };
    // Three values 5 apart reach x = 10: a tick labelled 10 appears, as it does not at dx = 1.
    expect(ends(5)).toContain('10');
    expect(ends()).not.toContain('10');
  });
});

describe('createComplexPlane', () => {
  it('draws each point, the unit circle and the radius circle at the right scale', () => {
    const data = {
      re: [0.5, -1.2],
      im: [0.5, 0],
      radius: 1.2,
      unitLabel: 'unit circle',
      radiusLabel: 'radius',
    };
    expect(planeExtent(data)).toBeCloseTo(1.32, 12);
    const el = document.createElement('div');
    createComplexPlane(el, { size: 200 }).update(data);
    expect(el.querySelectorAll('.complex-plane__points circle')).toHaveLength(2);
    const unit = Number(el.querySelector('.complex-plane__unit')!.getAttribute('r'));
    const radius = Number(el.querySelector('.complex-plane__radius')!.getAttribute('r'));
    expect(radius / unit).toBeCloseTo(1.2, 12);
  });
});
