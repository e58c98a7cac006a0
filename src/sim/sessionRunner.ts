import type { KeptTraining } from '../core/model';
import type { Clock } from './clock';
import { Slicer, type SliceEnvironment, type SliceTiming } from './jobs/slicer';
import { ProgressMeter, type StepStats } from './progress';
import type { EngineRunner, RunnerCommand, RunnerEvent } from './sessionProtocol';
import type { Divergence, ProgressInfo, SessionState, StateReason } from './types';

export interface RunnerOptions extends SliceTiming, SliceEnvironment {}

/** What a runner needs of an engine's session core (TypedArraySessionCore, TfSessionCore). */
export interface RunnerCore {
  readonly stepCount: number;
  stats(): StepStats;
  getWeights(): Float64Array;
  /** The optimiser state and run position (each null where the engine cannot give it). */
  trainingState(): KeptTraining;
  /**
   * New weights; with `training`, the state to go on from (else a fresh optimiser). Returns
   * whether it took the training's run position (counters, data stream).
   */
  setWeights(weights: ArrayLike<number>, training?: KeptTraining): boolean;
  load(json: string): void;
  reset(): void;
}

/**
 * The steps of a piece of runner logic written once for both engines: each yielded value is
 * what to wait for before the next step (undefined: nothing). The typed-array engine never
 * waits (`Wait` = never) and carries the steps out at once (atOnce); the tfjs engine awaits each
 * promise (inTurn), so the same code runs synchronously on one engine and in turn on the other.
 */
export type Steps<Wait, T = void> = Generator<Wait | undefined, T, void>;

/** Carries out steps that never wait, at once. */
export function atOnce<T>(steps: Steps<never, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Carries out steps in turn, awaiting what each one yields. */
export async function inTurn<T>(steps: Steps<Promise<void>, T>): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await next.value;
  }
}

/**
 * What both engines' runners share: the state machine that obeys RunnerCommands, the run's
 * budget of steps, the time slices (a running estimate of a step's cost decides how many fit in
 * the slice budget, about 8 ms, before the runner yields to the event loop — so the page stays
 * responsive, or in the worker, pause and visibility messages get through), progress events at
 * a bounded rate (ProgressMeter), and the state, diverged, error and runEnd events.
 *
 * An engine supplies how a slice trains (runSlice), how progress is reported (the typed-array
 * engine at once; tfjs after checkpointing the weights), what to do before weights change, and
 * how a command is carried out (at once, or queued in turn: see Steps).
 */
export abstract class SessionRunner<
  Core extends RunnerCore,
  Wait extends Promise<void> = never,
> implements EngineRunner {
  protected budget = 0;
  private status: SessionState = 'idle';
  private reason: StateReason | undefined;
  private runId: number | null = null;
  protected readonly clock: Clock;
  /** The slicer jobs use too (src/sim/jobs/slicer.ts). */
  private readonly slicer: Slicer;
  protected readonly meter: ProgressMeter;

  constructor(
    readonly core: Core,
    protected readonly emit: (event: RunnerEvent) => void,
    options: RunnerOptions = {},
  ) {
    this.slicer = new Slicer(options, options);
    this.clock = this.slicer.clock;
    this.meter = new ProgressMeter(options.progressIntervalMs ?? 100);
  }

  get state(): SessionState {
    return this.status;
  }

  getWeights(): Float64Array {
    return this.core.getWeights();
  }

  abstract handle(command: RunnerCommand): void | Promise<void>;

  /** Engine: trains one slice (called soon after schedule()), ending with `afterSlice`. */
  protected abstract runSlice(): void;
  /** Engine: reports the steps not yet reported, the loop having stopped at `now`. */
  protected abstract reportAll(now: number): Wait | undefined;
  /** Engine: reports progress if an event is due, after a slice whose last step ended then. */
  protected abstract reportIfDue(sliceEnd: number): Wait | undefined;
  /** Engine: the `loseWebGLContext` test hook; throws where the session is not on WebGL. */
  protected abstract loseWebGLContext(): void;
  /**
   * Engine: whether the steps not yet reported can be reported without waiting when training
   * stops abruptly (a failure, dispose). tfjs reports a step only once its weights are saved.
   */
  protected abstract readonly reportsAtOnce: boolean;

  /** Makes the core ready for new weights or a reset (tfjs: recovers a lost context first). */
  protected ready(): Wait | undefined {
    return undefined;
  }

  /** Frees what the engine holds beyond this thread's memory, on dispose (tfjs: the device). */
  protected release(): void {}

  /** The steps of carrying out a command; they throw (for the acknowledgement) when it cannot be. */
  protected *commandSteps(command: RunnerCommand): Steps<Wait> {
    if (this.status === 'disposed') {
      if (command.type === 'run') this.emit({ type: 'runEnd', id: command.id });
      return;
    }
    switch (command.type) {
      case 'run': {
        this.endRun();
        const budget = command.budget ?? Infinity;
        if (this.status === 'diverged' || this.status === 'error' || !(budget > 0)) {
          this.emit({ type: 'runEnd', id: command.id });
          return;
        }
        this.budget = budget;
        this.runId = command.id;
        if (command.hold) {
          yield this.stop();
          this.setStatus('paused', 'hidden');
        } else this.go();
        return;
      }
      case 'pause': {
        const had = this.budget > 0;
        this.budget = 0;
        const wasRunning = this.status === 'running';
        yield this.stop();
        this.endRun();
        if (wasRunning || (this.status === 'paused' && had))
          this.setStatus('paused', command.reason);
        return;
      }
      case 'suspend':
        if (this.status !== 'running') return;
        yield this.stop();
        this.setStatus('paused', command.reason);
        return;
      case 'resume':
        if (this.status === 'paused' && this.budget > 0) this.go();
        return;
      case 'reset':
        this.budget = 0;
        yield this.stop();
        this.endRun();
        yield this.ready();
        this.core.reset();
        this.meter.reset(this.clock.now());
        this.setStatus('idle', 'reset', true);
        return;
      case 'setWeights':
      case 'load': {
        yield this.ready();
        let tookRun = false;
        if (command.type === 'load') this.core.load(command.json);
        else tookRun = this.core.setWeights(command.weights, command.training);
        const reason = tookRun ? 'restored' : 'weights';
        if (this.status === 'diverged') this.setStatus('paused', reason);
        else this.setStatus(this.status, reason, true);
        // A restored run's counters are the reader's now: say them at once, with no rate.
        if (tookRun) this.emitProgress(this.meter.restart(this.clock.now(), this.core.stats()));
        return;
      }
      case 'readState':
        yield this.ready();
        this.emit({
          type: 'trainingState',
          id: command.id,
          weights: this.core.getWeights(),
          training: this.core.trainingState(),
        });
        return;
      case 'loseWebGLContext':
        this.loseWebGLContext();
        return;
      case 'dispose':
        this.budget = 0;
        this.halt(this.reportsAtOnce);
        this.endRun();
        this.release();
        this.slicer.close();
        this.setStatus('disposed');
        return;
    }
  }

  /**
   * Calls `step` until the next call would overrun the slice, `step` returns false, or it has
   * been called `most` times; returns the time the last call ended (see Slicer.fill).
   */
  protected fillSlice(step: () => boolean, most: number): number {
    return this.slicer.fill(step, most);
  }

  /**
   * After a slice's `steps` good steps, the last ending at `sliceEnd`: counts them against the
   * budget — the run ends (paused, 'done') when it is spent — else reports progress when due and
   * schedules the next slice.
   */
  protected *afterSlice(steps: number, sliceEnd: number): Steps<Wait> {
    this.budget -= steps;
    if (this.budget <= 0) {
      yield this.stop();
      this.setStatus('paused', 'done');
      this.endRun();
      return;
    }
    yield this.reportIfDue(sliceEnd);
    // A listener may have paused, restarted or disposed the session meanwhile.
    if (this.status === 'running') this.schedule();
  }

  /** Runs a slice soon, unless one is already scheduled. */
  protected schedule(): void {
    this.slicer.schedule(() => this.runSlice());
  }

  protected emitProgress(progress: ProgressInfo | null): void {
    if (progress) this.emit({ type: 'progress', ...progress });
  }

  /** Stops on a diverging step: the core holds the kept (good) weights and their counters. */
  protected diverge(divergence: Divergence): void {
    this.budget = 0;
    this.halt(true);
    this.emit({ type: 'diverged', ...divergence });
    this.setStatus('diverged');
    this.endRun();
  }

  protected fail(error: unknown): void {
    this.budget = 0;
    this.halt(this.reportsAtOnce);
    const message = error instanceof Error ? error.message : String(error);
    this.emit({ type: 'error', message: `Training stopped with an error: ${message}` });
    this.setStatus('error');
    this.endRun();
  }

  private setStatus(state: SessionState, reason?: StateReason, always = false): void {
    if (this.status === 'disposed') return;
    if (!always && state === this.status && reason === this.reason) return;
    this.status = state;
    this.reason = reason;
    this.emit(reason ? { type: 'state', state, reason } : { type: 'state', state });
  }

  private go(): void {
    if (this.status !== 'running') {
      this.meter.resume(this.clock.now());
      this.setStatus('running');
    }
    this.schedule();
  }

  /** Stops the loop; reports the steps not yet reported (the engine's way). */
  private stop(): Wait | undefined {
    this.cancelSlice();
    if (this.status !== 'running') return undefined;
    const now = this.clock.now();
    this.meter.pause(now);
    return this.reportAll(now);
  }

  /** Stops the loop without waiting for anything; reports what is not yet reported if `report`. */
  private halt(report: boolean): void {
    this.cancelSlice();
    if (this.status !== 'running') return;
    const now = this.clock.now();
    this.meter.pause(now);
    if (report) this.emitProgress(this.meter.flush(now, this.core.stats()));
  }

  private cancelSlice(): void {
    this.slicer.cancel();
  }

  private endRun(): void {
    if (this.runId === null) return;
    const id = this.runId;
    this.runId = null;
    this.emit({ type: 'runEnd', id });
  }
}
