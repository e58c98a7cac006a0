import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { NumbersTable } from '../../ui/figure';
import type { Diagram } from './diagramTypes';
import type { NodeValues } from './step';
import { fmt, nodeName } from './view';

/**
 * Every node's values at step t, in the order they are computed. The full-precision values, by
 * node id in row order, are in data-values, so a test can hold them against the engine's.
 */
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
  const nodes = [...diagram.nodes].sort((a, b) => a.stage - b.stage || a.y - b.y || a.x - b.x);
  const valuesOf = (id: string) => Array.from(values.get(id) ?? new Float64Array(0));
  return (
    <div
      data-testid="values-table"
      data-values={JSON.stringify(Object.fromEntries(nodes.map((n) => [n.id, valuesOf(n.id)])))}
    >
      <NumbersTable
        caption={format(s.tableCaption, { t })}
        columns={[{ label: s.node }, { label: s.computes }, { label: s.values }]}
        rows={nodes.map((n) => [
          nodeName(n),
          n.fn || kindText[n.kind] || '',
          valuesOf(n.id)
            .map((x) => fmt(x))
            .join(', '),
        ])}
      />
    </div>
  );
}
