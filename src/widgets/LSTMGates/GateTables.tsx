import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { NumbersTable } from '../../ui/figure';
import type { GatesModel } from './model';

const exp = (v: number) => v.toExponential(2);

/** The selected unit of both cells at every step, and the gradient norms at every lag. */
export function GateTables({
  model,
  unit,
  word,
  t,
}: {
  readonly model: GatesModel;
  readonly unit: number;
  readonly word: string;
  readonly t: number;
}) {
  const s = useStrings().lstmGates;
  const u = unit - 1;
  const T = model.symbols.length - 1;
  // One row per lag back to the start state (k = −1, before step 0).
  const back = T + 1;
  return (
    <>
      <NumbersTable
        testId="steps-table"
        caption={format(s.table, { unit: unit, word: word })}
        columns={[
          { label: 't' },
          { label: s.letter },
          ...['i', 'f', 'g', 'o', 'cₜ', 'sₜ (LSTM)', 'z', 'r', 's̃', 'sₜ (GRU)'].map((label) => ({
            label,
          })),
          { label: s.held },
        ]}
        rows={model.lstm.map((st, k) => {
          const g = model.gru[k]!;
          const marks = [
            ...(['i', 'f', 'g', 'o'] as const).filter((n) => st.gates[n].held[u]),
            ...(['z', 'r', 'c'] as const)
              .filter((n) => g.gates[n].held[u])
              .map((n) => (n === 'c' ? 's̃' : n)),
          ];
          return [
            String(k),
            model.symbols[k]!,
            st.gates.i.value[u]!,
            st.gates.f.value[u]!,
            st.gates.g.value[u]!,
            st.gates.o.value[u]!,
            st.c[u]!,
            st.s[u]!,
            g.gates.z.value[u]!,
            g.gates.r.value[u]!,
            g.gates.c.value[u]!,
            g.s[u]!,
            marks.length ? `✎ ${marks.join(', ')}` : '—',
          ];
        })}
        current={t}
      />
      <NumbersTable
        testId="paths-table"
        caption={format(s.pathsTable, { T })}
        columns={[
          { label: s.lag },
          { label: 'k' },
          ...[s.cellPath, s.hiddenPath, s.forgetOnly, s.gruPath].map((label) => ({
            label,
            format: exp,
          })),
        ]}
        rows={Array.from({ length: back }, (_, lag) => [
          String(lag + 1),
          String(T - lag - 1),
          model.paths.cell[lag + 1]!,
          model.paths.hidden[lag + 1]!,
          model.paths.forgetOnly[lag + 1]!,
          model.paths.gru[lag + 1]!,
        ])}
      />
    </>
  );
}
