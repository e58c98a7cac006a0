import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import type { Diagram } from './diagram';
import type { NodeValues } from './step';
import { fmt, nodeName } from './view';

/** Every node's values at step t, in the order they are computed. */
export function ValuesTable({
  diagram,
  values,
  t,
}: {
  diagram: Diagram;
  values: NodeValues;
  t: number;
}) {
  const s = useStrings().family;
  const kindText = { input: s.input, prev: s.previous, output: s.output } as Record<string, string>;
  const rows = [...diagram.nodes].sort((a, b) => a.stage - b.stage || a.y - b.y || a.x - b.x);
  return (
    <div className="family__scroll">
      <table className="family__table" data-testid="values-table">
        <caption>{format(s.tableCaption, { t })}</caption>
        <thead>
          <tr>
            <th scope="col">{s.node}</th>
            <th scope="col">{s.computes}</th>
            <th scope="col">{s.values}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => {
            const v = values.get(n.id) ?? new Float64Array(0);
            return (
              <tr key={n.id} data-node={n.id} data-values={JSON.stringify(Array.from(v))}>
                <th scope="row">{nodeName(n)}</th>
                <td>{n.fn || kindText[n.kind] || ''}</td>
                <td className="family__values">{Array.from(v, (x) => fmt(x)).join(', ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
