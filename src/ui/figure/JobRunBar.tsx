import { useRef } from 'react';
import { format } from '../../i18n';
import { jobPhaseText, type JobPhaseStrings, type JobRunControls } from '../jobPhase';
import { useStrings } from '../LangContext';
import { PlayPause } from './PlayPause';

export interface JobRunBarProps {
  /** The job as a figure shows it (`useJobRun`). */
  readonly run: JobRunControls;
  /** The run button's words before a run ("Train both cells"). */
  readonly label: string;
  /** Its words once a run is done; default "Run again". */
  readonly againLabel?: string;
  /** What the status line says before a run (filled in). */
  readonly idle: string;
  /** The templates of a run under way or over; default the kit's run counts ({done} of {total}). */
  readonly phases?: JobPhaseStrings;
  /** The values the phase templates take, e.g. `{ done, total }`. */
  readonly values: Readonly<Record<string, string | number>>;
  /** The template of a failed run (`{message}`); default "The experiment stopped: …". */
  readonly failed?: string;
  /** The status line's test id. */
  readonly testId?: string;
}

/**
 * The controls of a job the reader runs: one run / pause / resume button, Stop, and a status
 * line that says where the run stands — held while the figure is off screen or the tab hidden,
 * paused by the reader or by another figure — in words. When Stop disables itself, focus goes
 * to the run button, not to the page.
 */
export function JobRunBar({
  run,
  label,
  againLabel,
  idle,
  phases,
  values,
  failed,
  testId,
}: JobRunBarProps) {
  const f = useStrings().figure;
  const rowRef = useRef<HTMLDivElement>(null);
  const { phase } = run;
  const status =
    phase === 'idle'
      ? idle
      : phase === 'error'
        ? format(failed ?? f.jobFailed, { message: run.error ?? '' })
        : format(jobPhaseText(phases ?? f.runCount, phase, run.reason), values);
  const stop = () => {
    run.stop();
    rowRef.current?.querySelector<HTMLButtonElement>('.play-pause__button')?.focus();
  };
  return (
    <div className="figure-row" ref={rowRef}>
      <PlayPause
        running={run.running}
        onToggle={run.toggle}
        playLabel={
          phase === 'paused' ? f.resume : phase === 'done' ? (againLabel ?? f.runAgain) : label
        }
        status={
          <span data-testid={testId} data-phase={phase}>
            {status}
          </span>
        }
      />
      <button type="button" onClick={stop} disabled={!run.stoppable}>
        <span aria-hidden="true">■</span> {f.stop}
      </button>
    </div>
  );
}
