import { useMemo, useState } from 'react';
import { createHeatmap, type HeatmapOptions } from '../../charts/heatmap';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { NumbersTable } from '../../ui/figure';
import { useChart } from '../../ui/useChart';

export const similarityText = (v: number) => v.toFixed(2).replace('-', '−');

/**
 * A similarity matrix as a heatmap (values on hover and on keyboard focus, printed in the cells
 * when it is small) and, in a disclosure, as a table.
 */
export function SimilarityMap({
  title,
  labels,
  matrix,
  testId,
}: {
  title: string;
  labels: readonly string[];
  matrix: readonly (readonly number[])[];
  testId: string;
}) {
  const s = useStrings().embeddings;
  const [cell, setCell] = useState<readonly [number, number] | null>(null);
  const opts = useMemo<HeatmapOptions>(
    () => ({ ariaLabel: title, onCell: setCell, cellSize: labels.length > 10 ? 16 : 30 }),
    [title, labels.length],
  );
  const data = useMemo(
    () => ({
      rowLabels: labels,
      colLabels: labels,
      values: matrix,
      cursor: cell,
      showValues: labels.length <= 10,
    }),
    [labels, matrix, cell],
  );
  const ref = useChart(createHeatmap, opts, data);
  const shown = cell && cell[0] < labels.length && cell[1] < labels.length ? cell : null;
  return (
    <figure className="embeddings__map" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div ref={ref} className="embeddings__heatmap" />
      <p className="embeddings__readout" aria-live="polite" data-testid={`${testId}-readout`}>
        {shown
          ? format(s.cellReadout, {
              a: labels[shown[0]]!,
              b: labels[shown[1]]!,
              v: similarityText(matrix[shown[0]]![shown[1]]!),
            })
          : s.heatmapHint}
      </p>
      <details>
        <summary>{s.tableSummary}</summary>
        <NumbersTable
          testId={`${testId}-table`}
          caption={title}
          columns={[
            { label: s.wordColumn },
            ...labels.map((label) => ({ label, format: similarityText })),
          ]}
          rows={matrix.map((row, i) => [labels[i]!, ...row])}
        />
      </details>
    </figure>
  );
}
