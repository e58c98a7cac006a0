import type { LagRow, LagSummary } from '../../core/experiments';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';

/** The experiment's numbers: per lag and method, runs solved and the median cost of solving. */
export function ResultsTable({
  rows,
  number,
}: {
  readonly rows: readonly LagRow[];
  readonly number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().latch;
  const cells = (summary: LagSummary | null, method: string) => {
    if (!summary) return [<td key={`${method}-s`}>–</td>, <td key={`${method}-m`}>–</td>];
    return [
      <td key={`${method}-s`} data-solved={summary.solved} data-runs={summary.runs}>
        {format(s.solvedOf, { solved: summary.solved, runs: summary.runs })}
      </td>,
      <td key={`${method}-m`}>
        {Number.isNaN(summary.medianSequences) ? '–' : number(summary.medianSequences, 0)}
      </td>,
    ];
  };
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="latch-table">
        <caption>{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {s.lag}
            </th>
            <th scope="colgroup" colSpan={2}>
              {s.gd}
            </th>
            <th scope="colgroup" colSpan={2}>
              {s.rs}
            </th>
          </tr>
          <tr>
            <th scope="col">{s.solved}</th>
            <th scope="col">{s.median}</th>
            <th scope="col">{s.solved}</th>
            <th scope="col">{s.median}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.T} data-lag={row.T}>
              <th scope="row">{row.T}</th>
              {cells(row.gd, 'gd')}
              {cells(row.rs, 'rs')}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
