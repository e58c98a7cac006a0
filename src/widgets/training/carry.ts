import type { TrainingSession } from '../../sim';

/**
 * The reader's work that moves from one session to the next when a widget rebuilds its session
 * for the same model (another engine, other training settings): the weights, the step count
 * (sessions count from 0, so the widget adds the carried count), and whether it was training.
 * Used by SessionController when it rebuilds a session with `carry`.
 */
export interface CarriedWork {
  readonly weights: Float64Array;
  readonly step: number;
  readonly running: boolean;
}

/** What `session` has done so far, `offset` being the steps carried into it; null if disposed. */
export function takeWork(session: TrainingSession | null, offset: number): CarriedWork | null {
  if (!session || session.state === 'disposed') return null;
  return {
    weights: session.getWeights(),
    step: offset + (session.progress?.step ?? 0),
    running: session.state === 'running',
  };
}

/** Puts carried weights into a new session and resumes training if it was training. */
export function resumeWork(
  session: TrainingSession,
  work: CarriedWork,
  onError: (message: string) => void,
  stillCurrent: () => boolean = () => true,
): void {
  session.setWeights(work.weights).then(
    () => (work.running && stillCurrent() ? session.start() : undefined),
    (e: unknown) => onError(messageOf(e)),
  );
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
