import { useMemo } from 'react';
import { createGateHeatmap, type GateHeatmapOptions } from '../../charts/gateHeatmap';
import { GATE_TRACE_SYMBOLS, type GateTrace } from '../../core/experiments';
import { format } from '../../i18n';
import { useScrollsSideways } from '../../ui/figure';
import { useStrings } from '../../ui/LangContext';
import { useChart } from '../../ui/useChart';
import { SHOWN_STREAM } from './training';

const symbols = SHOWN_STREAM.ids.map((i) => GATE_TRACE_SYMBOLS[i]!);
const streamText = symbols.join('');
const GATE_OPTIONS: GateHeatmapOptions = { scheme: 'gate', cell: 22, rowHeight: 14 };
const STATE_OPTIONS: GateHeatmapOptions = { scheme: 'state', cell: 22, rowHeight: 14 };

function GateMap({
  name,
  values,
  unit,
  testId,
  options,
}: {
  readonly name: string;
  readonly values: readonly (readonly number[])[];
  readonly unit: number;
  readonly testId: string;
  readonly options: GateHeatmapOptions;
}) {
  const s = useStrings().gateTraces;
  const data = useMemo(
    () => ({ values, symbols, marked: SHOWN_STREAM.keys, row: unit }),
    [values, unit],
  );
  const ref = useChart(createGateHeatmap, options, data);
  // Wider than a phone, the map scrolls in its figure, which then takes focus (named by its caption).
  const [box, scrolls] = useScrollsSideways<HTMLElement>([data]);
  return (
    <figure
      ref={box}
      className="traces__map"
      data-testid={testId}
      {...(scrolls ? { tabIndex: 0 } : {})}
    >
      <figcaption>{name}</figcaption>
      <div
        ref={ref}
        role="img"
        aria-label={format(s.heatmapLabel, {
          name,
          units: values[0]?.length ?? 0,
          stream: streamText,
        })}
      />
    </figure>
  );
}

/** The four heatmaps: i, f, o and c over the test stream, the memory unit's row outlined. */
export function GateMaps({ trace, unit }: { trace: GateTrace; unit: number }) {
  const s = useStrings().gateTraces;
  return (
    <div className="traces__maps">
      <GateMap name={s.input} values={trace.i} unit={unit} testId="map-i" options={GATE_OPTIONS} />
      <GateMap name={s.forget} values={trace.f} unit={unit} testId="map-f" options={GATE_OPTIONS} />
      <GateMap name={s.output} values={trace.o} unit={unit} testId="map-o" options={GATE_OPTIONS} />
      <GateMap name={s.cell} values={trace.c} unit={unit} testId="map-c" options={STATE_OPTIONS} />
    </div>
  );
}
