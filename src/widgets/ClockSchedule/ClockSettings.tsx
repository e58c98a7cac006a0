import { useId } from 'react';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { SeedButton } from '../../ui/figure';
import { MAX_UNITS } from './meta';
import type { useClockScheduleView } from './useClockScheduleView';

type View = ReturnType<typeof useClockScheduleView>;

/** "More settings": units per module, hand-set or seeded weights, the input, the seed. */
export function ClockSettings({ props, setProps }: Pick<View, 'props' | 'setProps'>) {
  const s = useStrings().clockSchedule;
  const name = useId();
  return (
    <>
      <Slider
        label={s.units}
        value={props.unitsPerModule}
        min={1}
        max={MAX_UNITS}
        step={1}
        format={String}
        onChange={(to) => setProps({ unitsPerModule: to })}
      />
      <fieldset className="figure-row">
        <legend>{s.weights}</legend>
        {(['seeded', 'hand'] as const).map((w) => (
          <label key={w}>
            <input
              type="radio"
              name={`${name}-weights`}
              checked={props.weights === w}
              onChange={() => setProps({ weights: w })}
            />{' '}
            {w === 'hand' ? s.weightsHand : s.weightsSeeded}
          </label>
        ))}
      </fieldset>
      <fieldset className="figure-row">
        <legend>{s.input}</legend>
        {(['wave', 'pulse'] as const).map((x) => (
          <label key={x}>
            <input
              type="radio"
              name={`${name}-input`}
              checked={props.input === x}
              onChange={() => setProps({ input: x })}
            />{' '}
            {x === 'pulse' ? s.inputPulse : s.inputWave}
          </label>
        ))}
      </fieldset>
      {props.weights === 'seeded' && (
        <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      )}
    </>
  );
}
