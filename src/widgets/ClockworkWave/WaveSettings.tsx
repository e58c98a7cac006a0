import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { clockworkWaveMeta } from './meta';

type Props = PropsOf<typeof clockworkWaveMeta>;

/** Everything under "More settings": budget preset, modules, updates, learning rate, seed. */
export function WaveSettings({
  props,
  setProps,
  number,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().clockworkWave;
  return (
    <>
      <PresetRow meta={clockworkWaveMeta} props={props} onApply={setProps} />
      <Slider
        label={s.modules}
        value={props.modules}
        min={1}
        max={9}
        step={1}
        format={String}
        onChange={(v) => setProps({ modules: Math.round(v) })}
      />
      <Slider
        label={s.iterations}
        value={props.iterations}
        min={10}
        max={5000}
        log
        format={(v) => String(Math.round(v))}
        onChange={(v) => setProps({ iterations: Math.round(v) })}
      />
      <Slider
        label={s.lr}
        value={props.lr}
        min={0.001}
        max={0.1}
        log
        format={(v) => number(v, 2)}
        onChange={(lr) => setProps({ lr })}
      />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );
}
