import { useStrings } from '../../ui/LangContext';
import type { BpttModel } from './model';

const norm = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
const show = (v: number | null, digits = 4) => (v === null ? '–' : v.toFixed(digits));

/** Every number of the figure per time step, as text: what the pictures show in colour and size. */
export function StepTable({
  model,
  known,
}: {
  readonly model: BpttModel;
  readonly known: { readonly forward: number; readonly backwardFrom: number };
}) {
  const s = useStrings().bpttStepper;
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="bptt-table">
        <caption>{s.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">t</th>
            <th scope="col">{s.colLetters}</th>
            <th scope="col">
              E<sub>t</sub>
            </th>
            <th scope="col">
              ‖δ<sub>t</sub>‖
            </th>
            <th scope="col">{s.colFull}</th>
            <th scope="col">{s.colKept}</th>
          </tr>
        </thead>
        <tbody>
          {model.inputs.map((input, t) => {
            const fwd = t < known.forward;
            const back = t >= known.backwardFrom;
            return (
              <tr key={t} data-step={t}>
                <th scope="row">{t}</th>
                <td>
                  {input} → {model.targets[t]}
                </td>
                <td>{show(fwd ? model.trace.losses[t]! : null)}</td>
                <td>{show(back ? norm(model.trace.deltas[t]!) : null)}</td>
                <td>{show(back ? model.fullNorms[t]! : null)}</td>
                <td>{show(back ? model.keptNorms[t]! : null)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
