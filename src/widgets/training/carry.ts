import { divergenceMessage, type SessionEvent, type TrainingSession } from '../../sim';

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

/**
 * A session event as the widget sees it: every step it names (progress, divergence, a lost WebGL
 * context) counts on across carried rebuilds, as the reader's step counter does.
 */
export type ControllerEvent = SessionEvent;

/** `event` with the steps it names moved from the session's count to the reader's. */
export function readerSteps(event: SessionEvent, offset: number): ControllerEvent {
  if (offset === 0) return event;
  switch (event.type) {
    case 'progress':
      return { ...event, step: event.step + offset };
    case 'diverged': {
      const parts = { ...event, step: event.step + offset, keptStep: event.keptStep + offset };
      return { ...parts, message: divergenceMessage(parts) };
    }
    case 'engine': {
      if (!event.lostContext) return event;
      const lostContext = {
        lostAt: event.lostContext.lostAt + offset,
        from: event.lostContext.from + offset,
      };
      const reasons = event.reasons.map((r) =>
        r.code === 'lostContext' ? { ...r, ...lostContext } : r,
      );
      return { ...event, lostContext, reasons };
    }
    default:
      return event;
  }
}
