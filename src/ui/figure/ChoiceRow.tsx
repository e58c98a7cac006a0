import { useId } from 'react';
import { useControlMode } from './controlRules';

export interface ChoiceRowProps<V extends string | number> {
  /** What the choice is about (the group's legend). */
  readonly legend: string;
  readonly value: V;
  /** The choices in order, each with its words. */
  readonly options: readonly (readonly [value: V, label: string])[];
  readonly onChange: (value: V) => void;
  /** The prop it sets (its meta schema key): an embed may hide or lock it by that name. */
  readonly prop?: string;
}

/**
 * A one-click choice among a few values: radio buttons in a labelled group, each a target a
 * finger can hit; arrow keys move between them as in any radio group.
 */
export function ChoiceRow<V extends string | number>({
  legend,
  value,
  options,
  onChange,
  prop,
}: ChoiceRowProps<V>) {
  const name = useId();
  const mode = useControlMode(prop);
  if (mode === 'hidden') return null;
  return (
    <fieldset className="choice-row" disabled={mode === 'locked'}>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label key={String(v)}>
          <input
            type="radio"
            name={name}
            value={String(v)}
            checked={v === value}
            onChange={() => onChange(v)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
