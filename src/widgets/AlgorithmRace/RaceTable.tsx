import { useMemo } from 'react';
import type { Algorithm } from '../../core/diagnostics';
import { costsAt, RACE_ALGORITHMS, type RaceProgress } from '../../core/experiments';
import { useStrings } from '../../ui/LangContext';

/** The race's numbers per algorithm: progress, loss, time per sequence and counted costs. */
export function RaceTable({
  names,
  latest,
  hidden,
  length,
  k,
}: {
  readonly names: Readonly<Record<Algorithm, string>>;
  readonly latest: RaceProgress | null;
  readonly hidden: number;
  readonly length: number;
  readonly k: number;
}) {
  const s = useStrings().algorithmRace;
  const costs = useMemo(() => costsAt(hidden, length, k), [hidden, length, k]);
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="race-table">
        <caption>{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.algorithm}</th>
            <th scope="col">{s.sequences}</th>
            <th scope="col">{s.loss}</th>
            <th scope="col">{s.msPerSequence}</th>
            <th scope="col">{s.multiplyAdds}</th>
            <th scope="col">{s.floats}</th>
          </tr>
        </thead>
        <tbody>
          {RACE_ALGORITHMS.map((a) => {
            const stats = latest?.stats.find((x) => x.algorithm === a);
            const smoothed = latest?.smoothed[a];
            return (
              <tr key={a} data-algorithm={a}>
                <th scope="row">{names[a]}</th>
                <td>{stats ? stats.sequences.toLocaleString('en') : '–'}</td>
                <td>
                  {smoothed !== undefined && Number.isFinite(smoothed) ? smoothed.toFixed(3) : '–'}
                </td>
                <td>
                  {stats && stats.sequences ? (stats.elapsedMs / stats.sequences).toFixed(2) : '–'}
                </td>
                <td>{Math.round(costs[a].multiplyAdds).toLocaleString('en')}</td>
                <td>{Math.round(costs[a].floatsStored).toLocaleString('en')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
