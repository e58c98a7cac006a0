import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { longLagMeta } from './meta';

type Props = PropsOf<typeof longLagMeta>;

/** Everything under "More settings": preset, runs, budget, learning rate, seed. */
export function LongLagSettings({
  props,
  setProps,
  number,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().longLag;
  return (
    <>
      <PresetRow meta={longLagMeta} props={props} onApply={setProps} />
      <Slider
        label={s.runs}
        value={props.runs}
        min={1}
        max={10}
        step={1}
        format={String}
        onChange={(v) => setProps({ runs: Math.round(v) })}
      />
      <Slider
        label={s.budget}
        value={props.budget}
        min={1000}
        max={40000}
        step={1000}
        format={(v) => number(v, 0)}
        onChange={(v) => setProps({ budget: Math.round(v) })}
      />
      <Slider
        label={s.lr}
        value={props.lr}
        min={0.001}
        max={0.2}
        log
        format={(v) => number(v, 3)}
        onChange={(lr) => setProps({ lr })}
      />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );
}
