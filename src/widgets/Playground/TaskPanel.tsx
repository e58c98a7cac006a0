import { format } from '../../i18n';
import { taskRegistry } from '../../core/tasks';
import { useStrings } from '../../ui/LangContext';
import { TASKS } from './choices';
import { parseTaskParams, taskDefaults, type TaskParamValue } from './compose';
import { CheckField, DraftField, SelectField } from './fields';
import type { PlaygroundSettings } from './settings';

/** The longest text the reader can give the character task. */
export const MAX_TEXT = 10000;

interface PanelProps {
  readonly props: PlaygroundSettings;
  readonly setProps: (patch: Partial<PlaygroundSettings>) => void;
}

const anyNumber = (text: string) => {
  const v = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(v) ? v : null;
};
const shortText = (text: string) => (text.length <= MAX_TEXT && text.length > 0 ? text : null);

/** The task and its parameters, one field per entry of the registry's defaults. */
export function TaskPanel({ props, setProps }: PanelProps) {
  const s = useStrings().playground;
  const defaults = taskDefaults(props.task);
  const parsed = parseTaskParams(props.task, props.taskParams);
  const current = 'params' in parsed ? parsed.params : {};
  const setParam = (name: string, value: TaskParamValue) => {
    const next: Record<string, unknown> = { ...current, [name]: value };
    if (defaults[name] === value) delete next[name];
    setProps({ taskParams: Object.keys(next).length === 0 ? '' : JSON.stringify(next) });
  };
  const taskName = (t: PlaygroundSettings['task']) => s.tasks[t] ?? taskRegistry[t].description;
  const described = Object.entries(defaults)
    .map(([k, v]) => `${k} = ${typeof v === 'string' ? '…' : String(v)}`)
    .join(', ');
  return (
    <fieldset className="playground__group">
      <legend>{s.task}</legend>
      <SelectField
        prop="task"
        label={s.taskName}
        value={props.task}
        options={TASKS.map((t) => [t, taskName(t)] as const)}
        onChange={(v) => setProps({ task: v, taskParams: '' })}
        testId="playground-task"
      />
      {described && (
        <p className="muted playground__note">
          {format(s.taskParamsHint, { task: taskName(props.task), defaults: described })}
        </p>
      )}
      {Object.entries(defaults).map(([name, fallback]) => {
        const value = current[name] ?? (fallback as TaskParamValue);
        const key = `${props.task}.${name}`;
        if (typeof fallback === 'boolean')
          return (
            <CheckField
              prop="taskParams"
              key={key}
              label={name}
              checked={value === true}
              onChange={(v) => setParam(name, v)}
              testId={`playground-param-${name}`}
            />
          );
        return typeof fallback === 'number' ? (
          <DraftField
            prop="taskParams"
            key={key}
            label={name}
            value={value as number}
            show={String}
            parse={anyNumber}
            onCommit={(v) => setParam(name, v)}
            hint={s.badAnyNumber}
            testId={`playground-param-${name}`}
          />
        ) : (
          <DraftField
            prop="taskParams"
            key={key}
            label={name}
            value={value as string}
            show={String}
            parse={shortText}
            onCommit={(v) => setParam(name, v)}
            hint={format(s.badText, { max: MAX_TEXT })}
            testId={`playground-param-${name}`}
            wide
          />
        );
      })}
    </fieldset>
  );
}
