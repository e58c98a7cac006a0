import { useMemo } from 'react';
import { createCellStrip, type CellStripOptions } from '../charts/cellStrip';
import { useChart } from './useChart';

export interface CellStripProps {
  readonly caption: string;
  readonly values: ArrayLike<number>;
  readonly labels?: readonly string[];
  readonly highlight?: number;
  readonly scheme: CellStripOptions['scheme'];
  /** The accessible text: the caption and the values as the reader would say them. */
  readonly ariaLabel: string;
  readonly testId?: string;
}

/** A captioned d3 cell strip; screen readers get the numbers through `ariaLabel`. */
export function CellStrip({
  caption,
  values,
  labels,
  highlight,
  scheme,
  ariaLabel,
  testId,
}: CellStripProps) {
  const opts = useMemo(() => ({ scheme }), [scheme]);
  const data = useMemo(() => ({ values, labels, highlight }), [values, labels, highlight]);
  const ref = useChart(createCellStrip, opts, data);
  return (
    <div className="cell-strip-block" data-testid={testId}>
      <div className="cell-strip-block__caption">{caption}</div>
      <div ref={ref} role="img" aria-label={ariaLabel} className="cell-strip-block__chart" />
    </div>
  );
}
