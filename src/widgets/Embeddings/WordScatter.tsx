import { useMemo } from 'react';
import {
  createScatter,
  groupColour,
  markerPath,
  type ScatterOptions,
  type ScatterPoint,
} from '../../charts/scatter';
import { CATEGORIES } from '../../core/embeddings';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';

/**
 * All embeddings on their first two principal components. Its key shows each role's marker
 * shape (the chart's own, which LegendKeys' line swatches cannot draw) beside its name.
 */
export function WordScatter({
  points,
  n,
  explained,
}: {
  points: readonly ScatterPoint[];
  n: number;
  explained: string;
}) {
  const s = useStrings().embeddings;
  const options = useMemo<ScatterOptions>(() => ({ ariaLabel: s.scatterLabel }), [s]);
  const ref = useChart(createScatter, options, points);
  return (
    <figure className="embeddings__scatter">
      <figcaption>{format(s.scatterTitle, { n, pct: explained })}</figcaption>
      <div ref={ref} />
      <ul className="embeddings__legend">
        {CATEGORIES.map((c, g) => (
          <li key={c}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <path
                d={markerPath(g, 4.5)}
                fill={g >= 4 ? 'none' : groupColour(g)}
                stroke={groupColour(g)}
                strokeWidth={2}
              />
            </svg>
            {s.categoryNames[c]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
