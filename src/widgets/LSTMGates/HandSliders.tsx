import { PropControl } from '../../ui/figure';
import { useId } from 'react';
import { format } from '../../i18n';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { isTanhGate, type CellName, type GateName } from './hand';
import type { GateReading } from './useLstmGatesView';

interface HandSlidersProps {
  readonly readings: readonly GateReading[];
  readonly unit: number;
  readonly units: number;
  readonly t: number;
  readonly onUnit: (unit: number) => void;
  readonly onGate: (cell: CellName, gate: GateName, value: number) => void;
  readonly onRelease: (cell: CellName, gate: GateName) => void;
  readonly onReleaseAll: () => void;
}

/**
 * One row per gate of the selected unit at the shown step: a "hold" box and a slider. Moving
 * the slider (pointer, a click on its track, or the arrow keys) holds the gate at that value;
 * clearing the box lets the cell compute it again.
 */
export function HandSliders(props: HandSlidersProps) {
  const s = useStrings().lstmGates;
  const unitId = useId();
  const { readings, unit, t } = props;
  return (
    <PropControl prop="hand">
      <fieldset className="gates__hand" data-testid="hand">
        <legend>{format(s.handLegend, { unit, t })}</legend>
        <PropControl prop="unit">
          <div className="field gates__unit">
            <label htmlFor={unitId}>{s.unit}</label>
            <select
              id={unitId}
              value={unit}
              onChange={(e) => props.onUnit(Number(e.currentTarget.value))}
            >
              {Array.from({ length: props.units }, (_, j) => (
                <option key={j} value={j + 1}>
                  {j + 1}
                </option>
              ))}
            </select>
          </div>
        </PropControl>
        {readings.map((r) => {
          const name = `${r.cell === 'lstm' ? s.lstm : s.gru}: ${s.gate[r.gate]}`;
          return (
            <div
              key={`${r.cell}.${r.gate}`}
              className="gates__hand-row"
              data-testid={`hand-${r.cell}-${r.gate}`}
              data-held={r.held}
            >
              <label className="gates__hold">
                <input
                  type="checkbox"
                  checked={r.held}
                  onChange={(e) =>
                    e.currentTarget.checked
                      ? props.onGate(r.cell, r.gate, r.computed)
                      : props.onRelease(r.cell, r.gate)
                  }
                />
                {format(s.hold, { gate: name })}
              </label>
              <Slider
                compact
                label={name}
                value={r.value}
                min={isTanhGate(r.cell, r.gate) ? -1 : 0}
                max={1}
                step={0.05}
                format={(v) => format(r.held ? s.byHand : s.computed, { value: v.toFixed(3) })}
                onChange={(v) => props.onGate(r.cell, r.gate, v)}
              />
            </div>
          );
        })}
        <button type="button" onClick={props.onReleaseAll}>
          {s.releaseAll}
        </button>
      </fieldset>
    </PropControl>
  );
}
