import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { counterMeta } from './meta';

type Props = PropsOf<typeof counterMeta>;
type WholeKey = 'trainMaxN' | 'testMaxN' | 'hidden' | 'budget';

/** Everything under "More settings": preset, the lengths, the networks' size, budget, seed. */
export function CounterSettings({
  props,
  setProps,
  number,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().counter;
  const whole = (key: WholeKey) => (v: number) => setProps({ [key]: Math.round(v) });
  const slider = (key: WholeKey, min: number, max: number, step: number) => (
    <Slider
      label={s[key]}
      value={props[key]}
      min={min}
      max={max}
      step={step}
      format={(v) => number(v, 0)}
      onChange={whole(key)}
    />
  );
  return (
    <>
      <PresetRow meta={counterMeta} props={props} onApply={setProps} />
      {slider('trainMaxN', 2, 20, 1)}
      {slider('testMaxN', 20, 100, 5)}
      {slider('hidden', 2, 8, 1)}
      {slider('budget', 400, 20000, 200)}
      <Slider
        label={s.lr}
        value={props.lr}
        min={0.001}
        max={0.1}
        log
        format={(v) => number(v, 3)}
        onChange={(lr) => setProps({ lr })}
      />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );
}
