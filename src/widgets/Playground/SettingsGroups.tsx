import { useLang, useStrings } from '../../ui/LangContext';
import type { Problem } from './compose';
import { ComposePanel } from './ComposePanel';
import { problemText } from './problemText';
import type { PlaygroundSettings } from './settings';
import { TaskPanel } from './TaskPanel';
import { TrainPanel } from './TrainPanel';

/**
 * The Playground's Compose, Task and Training groups, under why the composition is refused (if
 * it is) and what stopped the run (`error`, already worded) — the same for a training session
 * and for the echo state network's fits.
 */
export function SettingsGroups({
  props,
  setProps,
  problem,
  error,
}: {
  readonly props: PlaygroundSettings;
  readonly setProps: (patch: Partial<PlaygroundSettings>) => void;
  readonly problem: Problem | null;
  readonly error: string | null;
}) {
  const s = useStrings().playground;
  const lang = useLang();
  return (
    <>
      {problem && (
        <p className="widget-message" role="alert" data-testid="playground-refused">
          <strong>{s.refusedTitle}</strong> {problemText(problem, s, lang)}
        </p>
      )}
      {error && (
        <p className="widget-message" role="alert" data-testid="playground-error">
          {error}
        </p>
      )}
      <div className="playground__groups">
        <ComposePanel props={props} setProps={setProps} />
        <TaskPanel props={props} setProps={setProps} />
        <TrainPanel props={props} setProps={setProps} />
      </div>
    </>
  );
}
