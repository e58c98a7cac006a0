import { useId } from 'react';

export interface ChoiceRowProps<V extends string | number> {
  /** What the choice is about (the group's legend). */
  readonly legend: string;
  readonly value: V;
  /** The choices in order, each with its words. */
  readonly options: readonly (readonly [value: V, label: string])[];
  readonly onChange: (value: V) => void;
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
}: ChoiceRowProps<V>) {
  const name = useId();
  return (
    <fieldset className="choice-row">
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
