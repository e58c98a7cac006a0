import { format } from '../../i18n';
import { CellStrip } from '../../ui/CellStrip';
import { useStrings } from '../../ui/LangContext';

export interface Strip {
  readonly testId: string;
  readonly caption: string;
  readonly values: Float64Array;
  /** 1 where the value was set by hand (marked ✎ beside the unit's number). */
  readonly held?: Uint8Array;
  readonly scheme: 'diverging' | 'probability';
}

const list = (v: ArrayLike<number>) => Array.from(v, (x) => x.toFixed(3)).join(', ');

/** One cell's strips at the shown step, a row per gate or state, the selected unit outlined. */
export function GateStrips({
  title,
  strips,
  unit,
  testId,
}: {
  readonly title: string;
  readonly strips: readonly Strip[];
  readonly unit: number;
  readonly testId: string;
}) {
  const s = useStrings().lstmGates;
  return (
    <section className="gates__cell" data-testid={testId} aria-label={title}>
      <h3 className="gates__cell-title">{title}</h3>
      {strips.map((strip) => (
        <CellStrip
          key={strip.testId}
          testId={strip.testId}
          caption={strip.caption}
          scheme={strip.scheme}
          values={strip.values}
          labels={Array.from(strip.values, (_, j) => `${j + 1}${strip.held?.[j] ? ' ✎' : ''}`)}
          highlight={unit}
          ariaLabel={format(s.stripLabel, {
            name: strip.caption,
            values:
              list(strip.values) +
              (strip.held?.some((h) => h === 1)
                ? ` (✎ ${Array.from(strip.held)
                    .flatMap((h, j) => (h ? [j + 1] : []))
                    .join(', ')})`
                : ''),
          })}
        />
      ))}
    </section>
  );
}
