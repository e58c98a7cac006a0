import type { PropsOf } from '../../state/widgetMeta';
import { useStrings } from '../../ui/LangContext';
import { JobSettings, type SliderRow, PropControl } from '../../ui/figure';
import { algorithmRaceMeta } from './meta';

type Props = PropsOf<typeof algorithmRaceMeta>;

const SLIDERS = [
  ['lag', 1, 5, 1],
  ['hidden', 2, 12, 1],
  ['length', 10, 60, 1],
  ['k', 1, 20, 1],
  ['lr', 0.01, 5, 'log'],
] as const satisfies readonly SliderRow<string>[];

/** Everything under "More settings": preset, task, sizes, TBPTT's window and the learning rate. */
export function RaceSettings({
  props,
  setProps,
}: {
  props: Props;
  setProps: (patch: Partial<Props>) => void;
}) {
  const s = useStrings().algorithmRace;
  return (
    <JobSettings
      meta={algorithmRaceMeta}
      props={props}
      setProps={setProps}
      sliders={SLIDERS}
      labels={s}
      presetField={
        <PropControl prop="task">
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
        </PropControl>
      }
    >
      <p className="muted">{s.fairness}</p>
    </JobSettings>
  );
}
