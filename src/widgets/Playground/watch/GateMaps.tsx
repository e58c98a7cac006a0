import { useMemo } from 'react';
import { createGateHeatmap, type GateHeatmapOptions } from '../../../charts/gateHeatmap';
import type { GateMap } from '../../../core/experiments';
import { format } from '../../../i18n';
import { useStrings } from '../../../ui/LangContext';
import { useChart } from '../../../ui/useChart';

const GATE: GateHeatmapOptions = { scheme: 'gate', cell: 8, rowHeight: 8 };
const STATE: GateHeatmapOptions = { scheme: 'state', cell: 8, rowHeight: 8 };
const MODULES: GateHeatmapOptions = { scheme: 'gate', cell: 8, rowHeight: 14 };

/** Column labels: every tenth time step. */
const timeLabels = (steps: number) =>
  Array.from({ length: steps }, (_, t) => (t % 10 === 0 ? String(t) : ''));

const mean = (values: readonly (readonly number[])[]) => {
  const all = values.flat();
  return all.length ? all.reduce((a, b) => a + b, 0) / all.length : NaN;
};

function Map({ gate }: { readonly gate: GateMap }) {
  const w = useStrings().playgroundWatch;
  const name = w.gateNames[gate.name] ?? gate.name;
  const steps = gate.values.length;
  const options = gate.name === 'c' ? STATE : gate.name === 'modules' ? MODULES : GATE;
  const data = useMemo(
    () => ({ values: gate.values, symbols: timeLabels(steps), marked: [], row: null }),
    [gate.values, steps],
  );
  const ref = useChart(createGateHeatmap, options, data);
  const label = format(gate.name === 'c' ? w.stateLabel : w.gateLabel, {
    name,
    rows: gate.values[0]?.length ?? 0,
    steps,
  });
  return (
    <figure className="playground-watch__map" data-testid={`playground-gate-${gate.name}`}>
      <figcaption>
        {name}
        {gate.name === 'modules' && <span className="muted"> — {w.modulesNote}</span>}
      </figcaption>
      <div
        className="playground__scroll"
        tabIndex={0}
        role="region"
        aria-label={name}
        data-steps={steps}
        data-rows={gate.values[0]?.length ?? 0}
      >
        <div ref={ref} role="img" aria-label={label} />
      </div>
    </figure>
  );
}

/** A gated cell's gates over the held-out sequence (or the clockwork modules' schedule). */
export function GateMaps({ gates }: { readonly gates: readonly GateMap[] }) {
  const w = useStrings().playgroundWatch;
  if (gates.length === 0)
    return (
      <p className="muted playground__caption" data-testid="playground-gates-none">
        {w.noGates}
      </p>
    );
  const means = gates
    .map((g) => `${w.gateNames[g.name] ?? g.name} ${mean(g.values).toFixed(3)}`)
    .join(', ');
  return (
    <section className="playground-watch__gates" data-testid="playground-gates">
      <p className="playground__caption">{w.gatesTitle}</p>
      <div className="playground-watch__maps">
        {gates.map((g) => (
          <Map key={g.name} gate={g} />
        ))}
      </div>
      <p className="playground__caption" data-testid="playground-gates-readout">
        {format(w.gatesReadout, { values: means })}
      </p>
    </section>
  );
}
