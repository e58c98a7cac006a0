import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { echoStateMeta } from './meta';

type Props = PropsOf<typeof echoStateMeta>;

const fixed = (digits: number) => (v: number) => v.toFixed(digits);

/** Everything under "More settings": preset, seed, size, sparsity, input scaling and ridge λ. */
export function EchoSettings({
  props,
  setProps,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
}) {
  const s = useStrings().echoState;
  return (
    <>
      <PresetRow meta={echoStateMeta} props={props} onApply={setProps} />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
      <Slider
        prop="size"
        label={s.size}
        value={props.size}
        min={10}
        max={400}
        step={10}
        format={String}
        onChange={(size) => setProps({ size })}
      />
      <Slider
        prop="sparsity"
        label={s.sparsity}
        value={props.sparsity}
        min={0}
        max={0.98}
        step={0.01}
        format={fixed(2)}
        onChange={(sparsity) => setProps({ sparsity })}
      />
      <Slider
        prop="inputScaling"
        label={s.inputScaling}
        value={props.inputScaling}
        min={0}
        max={2}
        step={0.05}
        format={fixed(2)}
        onChange={(inputScaling) => setProps({ inputScaling })}
      />
      <Slider
        prop="ridge"
        label={s.ridge}
        value={props.ridge}
        min={1e-12}
        max={1}
        log
        format={(v) => v.toExponential(1).replace('e+', 'e')}
        onChange={(ridge) => setProps({ ridge })}
      />
      <p className="muted">{s.controlsHint}</p>
    </>
  );
}
