import type { PropsOf } from '../../state/widgetMeta';
import { useLang, useStrings } from '../../ui/LangContext';
import { Slider } from '../../ui/Slider';
import { PresetRow } from '../../ui/figure';
import { algorithmRaceMeta } from './meta';

type Props = PropsOf<typeof algorithmRaceMeta>;

/** Everything under "More settings": preset, task, sizes, TBPTT's window and the learning rate. */
export function RaceSettings({
  props,
  setProps,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
}) {
  const s = useStrings().algorithmRace;
  const lang = useLang();
  const whole = (key: 'lag' | 'hidden' | 'length' | 'k') => (v: number) =>
    setProps({ [key]: Math.round(v) });
  return (
    <>
      <PresetRow meta={algorithmRaceMeta} props={props} onApply={setProps}>
        <label className="field">
          <span>{s.task}</span>
          <select
            value={props.task}
            onChange={(e) => setProps({ task: e.currentTarget.value as Props['task'] })}
          >
            <option value="delay">{s.taskDelay}</option>
            <option value="temporalXor">{s.taskXor}</option>
          </select>
        </label>
      </PresetRow>
      <Slider
        label={s.lag}
        value={props.lag}
        min={1}
        max={5}
        step={1}
        format={String}
        onChange={whole('lag')}
      />
      <Slider
        label={s.hidden}
        value={props.hidden}
        min={2}
        max={12}
        step={1}
        format={String}
        onChange={whole('hidden')}
      />
      <Slider
        label={s.length}
        value={props.length}
        min={10}
        max={60}
        step={1}
        format={String}
        onChange={whole('length')}
      />
      <Slider
        label={s.k}
        value={props.k}
        min={1}
        max={20}
        step={1}
        format={String}
        onChange={whole('k')}
      />
      <Slider
        label={s.lr}
        value={props.lr}
        min={0.01}
        max={5}
        log
        format={(v) =>
          v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3 })
        }
        onChange={(lr) => setProps({ lr })}
      />
      <p className="muted">{s.fairness}</p>
    </>
  );
}
