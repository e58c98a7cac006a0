import { useStrings } from '../../ui/LangContext';
import { ChoiceRow, SeedButton, SliderTable } from '../../ui/figure';
import { MAX_UNITS } from './meta';
import type { useClockScheduleView } from './useClockScheduleView';

type View = ReturnType<typeof useClockScheduleView>;

/** "More settings": units per module, hand-set or seeded weights, the input, the seed. */
export function ClockSettings({ props, setProps }: Pick<View, 'props' | 'setProps'>) {
  const s = useStrings().clockSchedule;
  return (
    <>
      <SliderTable
        rows={[['unitsPerModule', 1, MAX_UNITS, 1]]}
        values={props}
        labels={{ unitsPerModule: s.units }}
        onChange={setProps}
      />
      <ChoiceRow
        prop="weights"
        legend={s.weights}
        value={props.weights}
        options={[
          ['seeded', s.weightsSeeded],
          ['hand', s.weightsHand],
        ]}
        onChange={(weights) => setProps({ weights })}
      />
      <ChoiceRow
        prop="input"
        legend={s.input}
        value={props.input}
        options={[
          ['wave', s.inputWave],
          ['pulse', s.inputPulse],
        ]}
        onChange={(input) => setProps({ input })}
      />
      {props.weights === 'seeded' && (
        <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      )}
    </>
  );
}
