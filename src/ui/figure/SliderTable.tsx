import { Slider } from '../Slider';
import { useLang } from '../LangContext';

/**
 * One row of a slider table: the setting it moves, its range and its step — a number, or
 * `'log'` for a logarithmic track (learning rates) — and, where the default will not do, how
 * its value reads. A slider whose minimum is a whole number and whose step is a whole number or
 * `'log'` sets whole numbers (a parameter budget on a log track, not a learning rate from 0.001).
 */
export type SliderRow<K extends string> = readonly [
  key: K,
  min: number,
  max: number,
  step: number | 'log',
  format?: (value: number) => string,
];

export interface SliderTableProps<K extends string> {
  readonly rows: readonly SliderRow<K>[];
  /** The current values (a figure's props will do: keys beyond the rows are ignored). */
  readonly values: Readonly<Record<K, number>>;
  /** Each slider's label (a figure's strings will do). */
  readonly labels: Readonly<Record<K, string>>;
  readonly onChange: (patch: Partial<Record<K, number>>) => void;
}

/** Decimals a step shows: 0.05 → 2, 0.5 → 1, 100 → 0. */
const decimalsOf = (step: number) => (String(step).split('.')[1] ?? '').length;

/**
 * Labelled sliders from a table of `[key, min, max, step]` rows, in order. By default a value
 * reads in the reader's number format with as many decimals as the step has (a log track: up to
 * three, none when it sets whole numbers).
 */
export function SliderTable<K extends string>({
  rows,
  values,
  labels,
  onChange,
}: SliderTableProps<K>) {
  const locale = useLang() === 'zh' ? 'zh-CN' : 'en';
  return (
    <>
      {rows.map(([key, min, max, step, format]) => {
        const log = step === 'log';
        const whole = Number.isInteger(min) && (log || Number.isInteger(step));
        const digits = whole ? 0 : log ? 3 : decimalsOf(step);
        const read =
          format ??
          ((v: number) =>
            v.toLocaleString(locale, {
              minimumFractionDigits: log ? 0 : digits,
              maximumFractionDigits: digits,
            }));
        return (
          <Slider
            key={key}
            prop={key}
            label={labels[key]}
            value={values[key]}
            min={min}
            max={max}
            step={log ? undefined : step}
            log={log}
            format={read}
            onChange={(v) =>
              onChange({ [key]: whole ? Math.round(v) : v } as Partial<Record<K, number>>)
            }
          />
        );
      })}
    </>
  );
}
