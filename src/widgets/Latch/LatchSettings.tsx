import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow, SeedButton } from '../../ui/figure';
import { latchMeta } from './meta';

type Props = PropsOf<typeof latchMeta>;

/** Everything under "More settings": preset, the lags, the network, both methods' budgets, seed. */
export function LatchSettings({
  props,
  setProps,
  number,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
  number: (x: number, digits?: number) => string;
}) {
  const s = useStrings().latch;
  const whole = (key: 'maxLag' | 'hidden' | 'budget' | 'runs') => (v: number) =>
    setProps({ [key]: Math.round(v) });
  return (
    <>
      <PresetRow meta={latchMeta} props={props} onApply={setProps} />
      <Slider
        label={s.maxLag}
        value={props.maxLag}
        min={2}
        max={128}
        step={1}
        format={String}
        onChange={whole('maxLag')}
      />
      <Slider
        label={s.hidden}
        value={props.hidden}
        min={1}
        max={4}
        step={1}
        format={String}
        onChange={whole('hidden')}
      />
      <Slider
        label={s.noise}
        value={props.noiseStd}
        min={0}
        max={0.5}
        step={0.05}
        onChange={(noiseStd) => setProps({ noiseStd })}
      />
      <Slider
        label={s.lr}
        value={props.lr}
        min={0.01}
        max={5}
        log
        format={(v) => number(v, 3)}
        onChange={(lr) => setProps({ lr })}
      />
      <Slider
        label={s.range}
        value={props.range}
        min={0.5}
        max={20}
        step={0.5}
        format={(v) => `±${number(v, 1)}`}
        onChange={(range) => setProps({ range })}
      />
      <Slider
        label={s.budget}
        value={props.budget}
        min={100}
        max={5000}
        step={100}
        format={(v) => number(v, 0)}
        onChange={whole('budget')}
      />
      <Slider
        label={s.runs}
        value={props.runs}
        min={4}
        max={40}
        step={1}
        format={String}
        onChange={whole('runs')}
      />
      <SeedButton seed={props.seed} onSeed={(seed) => setProps({ seed })} />
    </>
  );
}
