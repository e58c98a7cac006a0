import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { variantsMeta } from './meta';

type Props = PropsOf<typeof variantsMeta>;

/** Everything under "More settings": preset, seeds, training length, size, learning rate, forget bias, seed. */
export function VariantsSettings({
  props,
  setProps,
  number,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().variants;
  const whole = (key: 'runs' | 'sequences' | 'hidden') => (v: number) =>
    setProps({ [key]: Math.round(v) });
  return (
    <>
      <PresetRow meta={variantsMeta} props={props} onApply={setProps} />
      <Slider
        label={s.runs}
        value={props.runs}
        min={2}
        max={10}
        step={1}
        format={String}
        onChange={whole('runs')}
      />
      <Slider
        label={s.sequences}
        value={props.sequences}
        min={100}
        max={4000}
        step={100}
        format={(v) => number(v, 0)}
        onChange={whole('sequences')}
      />
      <Slider
        label={s.hidden}
        value={props.hidden}
        min={2}
        max={8}
        step={1}
        format={String}
        onChange={whole('hidden')}
      />
      <Slider
        label={s.lr}
        value={props.lr}
        min={0.001}
        max={0.1}
        log
        format={(v) => number(v, 3)}
        onChange={(lr) => setProps({ lr })}
      />
      <Slider
        label={s.forgetBias}
        value={props.forgetBias}
        min={0}
        max={3}
        step={0.5}
        format={(v) => number(v, 1)}
        onChange={(forgetBias) => setProps({ forgetBias })}
      />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );
}
