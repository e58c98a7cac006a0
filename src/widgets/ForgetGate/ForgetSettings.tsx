import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { forgetGateMeta } from './meta';

type Props = PropsOf<typeof forgetGateMeta>;
type WholeKey = 'runs' | 'budget' | 'hidden' | 'stretch' | 'testStrings';

/** Everything under "More settings": preset, runs, budget, network, stream, learning rate, seed. */
export function ForgetSettings({
  props,
  setProps,
  number,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().forgetGate;
  const sliders: [WholeKey, number, number, number][] = [
    ['runs', 1, 20, 1],
    ['budget', 250, 6000, 250],
    ['hidden', 2, 12, 1],
    ['stretch', 20, 120, 10],
    ['testStrings', 20, 300, 10],
  ];
  return (
    <>
      <PresetRow meta={forgetGateMeta} props={props} onApply={setProps} />
      {sliders.map(([key, min, max, step]) => (
        <Slider
          key={key}
          label={s[key]}
          value={props[key]}
          min={min}
          max={max}
          step={step}
          format={String}
          onChange={(v) => setProps({ [key]: Math.round(v) })}
        />
      ))}
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
