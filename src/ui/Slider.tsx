import { useId } from 'react';
import { useControlMode } from './figure/controlRules';

export interface SliderProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Step in value units (linear) — ignored on a log scale, which moves in 1/100 decades. */
  readonly step?: number;
  /** Logarithmic scale for quantities such as learning rates (min must be > 0). */
  readonly log?: boolean;
  readonly format?: (value: number) => string;
  readonly onChange: (value: number) => void;
  readonly compact?: boolean;
  /** The prop it sets (its meta schema key): an embed may hide or lock it by that name. */
  readonly prop?: string;
}

const LOG_STEPS_PER_DECADE = 100;

/** A labelled range input that shows its value; keyboard arrows work as in any native slider. */
export function Slider({
  label,
  value,
  min,
  max,
  step = 0.01,
  log = false,
  format,
  onChange,
  compact,
  prop,
}: SliderProps) {
  const id = useId();
  const mode = useControlMode(prop);
  const show = format ?? ((v: number) => v.toFixed(2));
  const toPosition = (v: number) => (log ? Math.round(Math.log10(v) * LOG_STEPS_PER_DECADE) : v);
  // On a log scale the end positions are rounded (log₁₀ 5 · 100 = 69.9 → 70 → 5.012): clamp, or
  // a widget's schema refuses the value at either end of the track.
  const fromPosition = (p: number) =>
    log ? Math.min(max, Math.max(min, 10 ** (p / LOG_STEPS_PER_DECADE))) : p;
  if (mode === 'hidden') return null;
  return (
    <div className={compact ? 'slider slider--compact' : 'slider'}>
      <label htmlFor={id} className="slider__label">
        {label}
      </label>
      <input
        id={id}
        type="range"
        min={toPosition(min)}
        max={toPosition(max)}
        step={log ? 1 : step}
        value={toPosition(value)}
        aria-valuetext={show(value)}
        disabled={mode === 'locked'}
        onChange={(e) => onChange(fromPosition(Number(e.currentTarget.value)))}
      />
      <output htmlFor={id} className="slider__value">
        {show(value)}
      </output>
    </div>
  );
}
