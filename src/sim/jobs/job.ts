import { pageScheduler, type Scheduler } from '../scheduler';
import { spawnSimWorker } from '../spawnWorker';
import { createThreadJobDriver, createWorkerJobDriver, type JobDriver } from './jobDrivers';
import { SchedulerSeat } from './membership';
import type { DefinitionLookup, JobInput, JobKind, JobProgress, JobResult } from './registry';
import type { SliceEnvironment, SliceTiming } from './slicer';
import type { JobEvent, JobReason, JobState, JobWhere, RunnerJobEvent } from './types';
import type { WorkerLike } from './workerChannel';
import { workerPoolOf, type WorkerPool } from './workerPool';

export interface JobOptions {
  /** Default: the page's shared scheduler (one job or session at a time). */
  readonly scheduler?: Scheduler;
  /** Run alongside others instead of taking turns. */
  readonly concurrent?: boolean;
  /** 'auto' (default): a worker where Worker exists and can start, else the main thread. */
  readonly where?: 'auto' | JobWhere;
  /**
   * Makes a worker (tests pass a fake); default spawns simWorker.ts. Workers are pooled per
   * factory: one whose job finished runs the next job of the same factory (workerPool.ts).
   */
  readonly createWorker?: () => WorkerLike;
  /** Slice length and least time between progress snapshots (default 8 ms and 120 ms). */
  readonly timing?: SliceTiming;
  /** Clock and yielder of the main-thread runner (tests simulate time with them). */
  readonly thread?: SliceEnvironment;
  /** TEST HOOK: where the main-thread runner finds kinds (default: the registry). */
  readonly definitions?: DefinitionLookup;
}

export type JobListener<P, R> = (event: JobEvent<P, R>) => void;

const OVER: readonly JobState[] = ['done', 'error', 'cancelled'];

/**
 * One run of a background job (see registry.ts for the kinds) on one input, in a Web Worker
 * where there is one and in main-thread slices otherwise. It takes turns on the page's
 * Scheduler: starting it pauses the job or session that was running ('preempted'); while its
 * figure is off screen (setVisible) or the tab is hidden it is 'held' and goes on by itself when
 * visible again. A pause is exact: after the snapshot marked `paused`, no progress arrives
 * until resume. Errors arrive as 'error' events with a message, never as exceptions.
 * cancel() frees the worker (terminates it) and is silent: no listener is called after it; a
 * job that ends hands its worker back to the pool for the next job.
 */
export class Job<P, R> {
  private driver: JobDriver | null = null;
  private readonly seat: SchedulerSeat;
  private readonly listeners = new Set<JobListener<P, R>>();
  private current: JobState = 'idle';
  private why: JobReason | null = null;
  private begun = false;
  /** Asked the runner to pause; its events count until it confirms. */
  private stopping = false;
  private latest: P | null = null;
  private outcome: R | null = null;
  private failure: string | null = null;
  private place: JobWhere | null = null;

  constructor(
    readonly kind: JobKind | (string & {}),
    readonly input: unknown,
    private readonly options: JobOptions = {},
  ) {
    this.seat = new SchedulerSeat(options.scheduler ?? pageScheduler, options.concurrent ?? false, {
      preempt: () => this.stop('preempted'),
      visibilityChanged: () => this.applyVisibility(),
    });
  }

  get state(): JobState {
    return this.current;
  }

  /** Why the job is paused or held (null otherwise). */
  get reason(): JobReason | null {
    return this.why;
  }

  /** The latest progress snapshot; null before the first. */
  get progress(): P | null {
    return this.latest;
  }

  get result(): R | null {
    return this.outcome;
  }

  get error(): string | null {
    return this.failure;
  }

  /** Where it runs, once started. */
  get where(): JobWhere | null {
    return this.place;
  }

  /** Subscribes to events; returns the function that unsubscribes. */
  on(listener: JobListener<P, R>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The reader starts the job (the one running before it pauses unless concurrent). */
  start(): void {
    if (this.current !== 'idle') return;
    this.seat.claim();
    this.goIfAllowed();
  }

  /** The reader pauses it: once the last snapshot (marked `paused`) is in, state 'paused'. */
  pause(): void {
    this.stop('reader');
  }

  /** The reader resumes a paused job (held instead if it may not run now). */
  resume(): void {
    if (this.current !== 'paused' && this.current !== 'pausing') return;
    this.seat.claim();
    this.goIfAllowed();
  }

  /** Stops for good and frees the worker; silent — nothing is reported afterwards. */
  cancel(): void {
    if (OVER.includes(this.current)) return;
    this.listeners.clear();
    this.close();
    this.current = 'cancelled';
    this.why = null;
  }

  /** The figure entered (true) or left (false) the viewport. */
  setVisible(visible: boolean): void {
    if (this.seat.setVisible(visible)) this.applyVisibility();
  }

  private goIfAllowed(): void {
    const held = this.seat.heldBy;
    if (held) {
      this.hold(held);
      return;
    }
    const driver = this.ensureDriver();
    this.setState('running', null); // first: a runner on this thread may fail inside send()
    if (this.begun) driver.send({ type: 'resume' });
    else {
      this.begun = true;
      driver.send({
        type: 'start',
        kind: this.kind,
        input: this.input,
        ...(this.options.timing ? { timing: this.options.timing } : {}),
      });
    }
  }

  // A working job is 'pausing' until the runner confirms, and only then 'held': a report already
  // on its way may still move the counts, and a figure that says "waiting" must not move after.
  // The state changes before the pause is asked for: on the main thread the runner confirms it
  // at once, from inside send().
  private hold(by: 'figure' | 'page'): void {
    const reason = by === 'figure' ? 'offscreen' : 'hidden-tab';
    const working = this.current === 'running' || this.current === 'pausing';
    this.setState(working ? 'pausing' : 'held', reason);
    if (working) this.askPause();
  }

  private stop(reason: 'reader' | 'preempted'): void {
    if (this.current === 'running' || this.current === 'pausing') {
      this.setState('pausing', reason);
      this.askPause();
    } else if (this.current === 'held') this.setState('paused', reason);
    else if (this.current === 'idle' && reason === 'reader') this.setState('paused', reason);
  }

  private askPause(): void {
    if (this.stopping || !this.driver) return;
    this.stopping = true;
    this.driver.send({ type: 'pause' });
  }

  private applyVisibility(): void {
    if (this.current === 'running' && !this.seat.allowed) this.hold(this.seat.heldBy!);
    else if (this.current === 'held') this.goIfAllowed();
  }

  private ensureDriver(): JobDriver {
    if (this.driver) return this.driver;
    const onEvent = (event: RunnerJobEvent) => this.receive(event as RunnerJobEvent<P, R>);
    const pool = this.pickPool();
    let driver: JobDriver | null = null;
    if (pool) {
      try {
        driver = createWorkerJobDriver(pool, onEvent);
      } catch {
        // No worker could start (e.g. a content-security policy that forbids workers).
      }
    }
    this.place = driver ? 'worker' : 'thread';
    this.driver =
      driver ?? createThreadJobDriver(onEvent, this.options.thread, this.options.definitions);
    return this.driver;
  }

  private pickPool(): WorkerPool | null {
    const where = this.options.where ?? 'auto';
    if (where === 'thread') return null;
    if (!this.options.createWorker && typeof Worker === 'undefined' && where === 'auto')
      return null;
    return workerPoolOf(this.options.createWorker ?? spawnJobWorker);
  }

  private receive(event: RunnerJobEvent<P, R>): void {
    if (OVER.includes(this.current)) return;
    switch (event.type) {
      case 'progress':
        // After the runner confirmed a pause nothing moves: such a report is stale.
        if (this.current !== 'running' && !this.stopping) return;
        this.latest = event.progress;
        this.emit(event);
        return;
      case 'paused':
        if (!this.stopping) return;
        this.stopping = false;
        this.emit(event);
        if (this.current !== 'pausing') return;
        if (this.why === 'offscreen' || this.why === 'hidden-tab') {
          this.setState('held', this.why);
          this.applyVisibility(); // visible again while the pause was on its way: go on
        } else this.setState('paused', this.why);
        return;
      case 'done':
        this.outcome = event.result;
        this.close(true);
        this.emit(event);
        this.setState('done', null);
        return;
      case 'error':
        this.failure = event.message;
        this.close(true);
        this.emit(event);
        this.setState('error', null);
        return;
    }
  }

  /** Leaves the scheduler and frees the driver: `ended` hands a worker on to the next job. */
  private close(ended = false): void {
    this.seat.leave();
    if (ended) this.driver?.release();
    else this.driver?.dispose();
    this.stopping = false;
  }

  private setState(state: JobState, reason: JobReason | null): void {
    if (state === this.current && reason === this.why) return;
    this.current = state;
    this.why = reason;
    this.emit({ type: 'state', state, reason });
  }

  /** Calls every listener; one that throws is reported without stopping the job. */
  private emit(event: JobEvent<P, R>): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/** The page's job workers (one factory, so one pool). */
const spawnJobWorker = () => spawnSimWorker('job');

/** Creates a job of a registered kind for `input` (not started: call start()). */
export function createJob<K extends JobKind>(
  kind: K,
  input: JobInput<K>,
  options?: JobOptions,
): Job<JobProgress<K>, JobResult<K>> {
  return new Job(kind, input, options);
}
