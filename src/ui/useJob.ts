import { startTransition, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import {
  createJob,
  type Job,
  type JobInput,
  type JobKind,
  type JobOptions,
  type JobProgress,
  type JobReason,
  type JobResult,
  type JobState,
} from '../sim/jobs';
import type { WidgetStore } from '../state/widgetStore';
import { useBusyStatus } from './useBusyStatus';

export interface UseJobOptions<P> {
  /** The figure's element: while it is off screen the job is held (IntersectionObserver). */
  readonly element?: RefObject<Element | null>;
  /** The widget's store, whose data-status follows the job: `running` while it works. */
  readonly status?: WidgetStore<unknown>;
  /** Starts a job whenever the input changes: a computation that follows the settings. */
  readonly auto?: boolean;
  /** Called with every progress snapshot, in order (for snapshots that carry what is new). */
  readonly onProgress?: (progress: P) => void;
  /** Where and how it runs (tests: the thread, a fake worker, a scheduler of their own). */
  readonly job?: JobOptions;
}

/** The last job that ended with a result or an error, and the input it ran on. */
export interface FinishedJob<I, R> {
  readonly input: I;
  readonly result: R | null;
  readonly error: string | null;
}

export interface JobView<I, P, R> {
  readonly state: JobState;
  /** Why it is paused or held ('offscreen', 'hidden-tab': say so to the reader). */
  readonly reason: JobReason | null;
  /** The input the state, progress, result and error belong to; null before the first job. */
  readonly input: I | null;
  readonly progress: P | null;
  readonly result: R | null;
  readonly error: string | null;
  readonly last: FinishedJob<I, R> | null;
  /** What data-status says: the job is at work, or (auto) the result is not yet for `input`. */
  readonly busy: boolean;
  /** Starts a job on the current input (cancelling the one before). */
  start(): void;
  pause(): void;
  resume(): void;
  cancel(): void;
}

type Snapshot<I, P, R> = Pick<
  JobView<I, P, R>,
  'state' | 'reason' | 'input' | 'progress' | 'result' | 'error' | 'last'
>;

const AT_WORK: readonly JobState[] = ['running', 'pausing', 'held'];

/**
 * A background job of src/sim/jobs for a widget: runs `kind` on `input` in a worker (or
 * main-thread slices), holds it while the element is off screen, keeps the widget's data-status
 * honest, and cancels it when the input changes or the widget unmounts. Errors arrive in
 * `error`, never as exceptions.
 */
export function useJob<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  options: UseJobOptions<JobProgress<K>> = {},
): JobView<JobInput<K>, JobProgress<K>, JobResult<K>> {
  type I = JobInput<K>;
  type P = JobProgress<K>;
  type R = JobResult<K>;
  const [view, setView] = useState<Snapshot<I, P, R>>({
    state: 'idle',
    reason: null,
    input: null,
    progress: null,
    result: null,
    error: null,
    last: null,
  });
  const jobRef = useRef<Job<P, R> | null>(null);
  const visibleRef = useRef(true);
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });

  const launch = useCallback(() => {
    jobRef.current?.cancel();
    const job = createJob(kind, input, optionsRef.current.job);
    jobRef.current = job;
    job.setVisible(visibleRef.current);
    let first = true;
    job.on((event) => {
      if (jobRef.current !== job) return;
      if (event.type === 'progress') {
        optionsRef.current.onProgress?.(event.progress);
        // Reports come several times a second: rendered as a transition, in slices.
        startTransition(() => setView((v) => ({ ...v, progress: event.progress })));
      } else if (event.type === 'state') {
        const ended = event.state === 'done' || event.state === 'error';
        // The job's first event (it starts, or is held) replaces what the one before left.
        const fresh = first;
        first = false;
        setView((v) => ({
          ...v,
          // The latest report too: one still waiting in a transition is not shown after this.
          ...(fresh ? { input, progress: null } : { progress: job.progress }),
          state: event.state,
          reason: event.reason,
          result: job.result,
          error: job.error,
          last: ended ? { input, result: job.result, error: job.error } : v.last,
        }));
      }
    });
    job.start();
  }, [kind, input]);

  // New input: the job of the old one is abandoned; an `auto` job starts on the new one.
  const auto = options.auto ?? false;
  useEffect(() => {
    if (auto) launch();
    return () => {
      const job = jobRef.current;
      jobRef.current = null;
      if (!job) return;
      const wasAtWork = AT_WORK.includes(job.state) || job.state === 'paused';
      job.cancel();
      if (wasAtWork) setView((v) => ({ ...v, state: 'cancelled', reason: null }));
    };
  }, [auto, launch]);

  useEffect(() => {
    const el = options.element?.current;
    if (!el || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      visibleRef.current = entries.some((e) => e.isIntersecting);
      jobRef.current?.setVisible(visibleRef.current);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [options.element]);

  const current = view.input === input;
  const busy = auto
    ? (current && AT_WORK.includes(view.state)) || view.last?.input !== input
    : current && AT_WORK.includes(view.state);
  useBusyStatus(options.status, busy);

  const pause = useCallback(() => jobRef.current?.pause(), []);
  const resume = useCallback(() => jobRef.current?.resume(), []);
  const cancel = useCallback(() => {
    const job = jobRef.current;
    if (!job || job.state === 'done' || job.state === 'error') return;
    job.cancel();
    setView((v) => ({ ...v, state: 'cancelled', reason: null }));
  }, []);

  return { ...view, busy, start: launch, pause, resume, cancel };
}
