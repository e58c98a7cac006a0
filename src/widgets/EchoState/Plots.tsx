import { useMemo } from 'react';
import { createComplexPlane, type ComplexPlaneData } from '../../charts/complexPlane';
import {
  createSeriesPlot,
  type SeriesPlotData,
  type SeriesPlotOptions,
} from '../../charts/seriesPlot';
import { useChart } from '../../ui/useChart';

/** Colours (CSS variables of echoState.css) and dash patterns of series 0, 1, 2, … */
const COLOURS = ['var(--es-c0)', 'var(--es-c1)', 'var(--es-c2)', 'var(--es-c3)', 'var(--es-c4)'];
const DASHES = ['', '7 3', '2 3', '10 3 2 3', '1 2'];

export const seriesStyle = (i: number) => ({
  colour: COLOURS[i % COLOURS.length]!,
  dash: DASHES[i % DASHES.length]!,
});

/** A titled d3 series plot; screen readers get `ariaLabel`, which states the numbers. */
export function SeriesFigure({
  title,
  ariaLabel,
  testId,
  yScale = 'linear',
  height,
  data,
}: {
  title: string;
  ariaLabel: string;
  testId: string;
  yScale?: 'linear' | 'log';
  height?: number;
  data: SeriesPlotData;
}) {
  const opts = useMemo<SeriesPlotOptions>(() => ({ yScale, height }), [yScale, height]);
  const ref = useChart(createSeriesPlot, opts, data);
  return (
    <div className="echo-state__plot" data-testid={testId}>
      <div className="echo-state__plot-title">{title}</div>
      <div ref={ref} role="img" aria-label={ariaLabel} />
    </div>
  );
}

const planeOpts = {};

export function EigenFigure({
  title,
  ariaLabel,
  data,
}: {
  title: string;
  ariaLabel: string;
  data: ComplexPlaneData;
}) {
  const ref = useChart(createComplexPlane, planeOpts, data);
  return (
    <div className="echo-state__plot echo-state__plot--eigen" data-testid="eigenvalues">
      <div className="echo-state__plot-title">{title}</div>
      <div ref={ref} role="img" aria-label={ariaLabel} />
    </div>
  );
}
