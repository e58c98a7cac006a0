import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { peepholesMeta } from './meta';

type Props = PropsOf<typeof peepholesMeta>;
type WholeKey = 'runs' | 'budget' | 'hidden' | 'minGap' | 'maxGap';

/** Everything under "More settings": preset, gaps, runs, budget, network, learning rate, seed. */
export function PeepholeSettings({
  props,
  setProps,
  number,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().peepholes;
  const sliders: [WholeKey, number, number, number][] = [
    ['minGap', 1, 20, 1],
    ['maxGap', 1, 20, 1],
    ['runs', 1, 20, 1],
    ['budget', 500, 10000, 500],
    ['hidden', 1, 8, 1],
  ];
  return (
    <>
      <PresetRow meta={peepholesMeta} props={props} onApply={setProps} />
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
