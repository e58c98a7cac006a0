import { createYielder, performanceClock, type Clock, type Yielder } from './clock';
import { ProgressMeter } from './progress';
import type { EngineRunner, RunnerCommand, RunnerEvent, RunnerTiming } from './protocol';
import type { SessionCore } from './sessionCore';
import type { SessionState, StateReason } from './types';

/**
 * Drives a SessionCore in time slices: runs steps until the next one would overrun the slice
 * budget (about 8 ms, from a running estimate of a step's cost), then yields to the event loop so
 * the page stays responsive — or, in the worker, so pause and visibility messages get through.
 * It obeys RunnerCommands and emits RunnerEvents, with progress events at a bounded rate.
 * The worker and the main-thread fallback use this same class.
 */
export interface RunnerOptions extends RunnerTiming {
  readonly clock?: Clock;
  readonly yielder?: Yielder;
}

export class Runner implements EngineRunner {
  private status: SessionState = 'idle';
  private reason: StateReason | undefined;
  private budget = 0;
  private runId: number | null = null;
  private cancel: (() => void) | null = null;
  private estimate = 0;
  private readonly clock: Clock;
  private readonly yielder: Yielder;
  private readonly sliceMs: number;
  private readonly meter: ProgressMeter;

  constructor(
    readonly core: SessionCore,
    private readonly emit: (event: RunnerEvent) => void,
    options: RunnerOptions = {},
  ) {
    this.clock = options.clock ?? performanceClock;
    this.yielder = options.yielder ?? createYielder();
    this.sliceMs = options.sliceMs ?? 8;
    this.meter = new ProgressMeter(options.progressIntervalMs ?? 100);
  }

  get state(): SessionState {
    return this.status;
  }

  getWeights(): Float64Array {
    return this.core.getWeights();
  }

  /** Carries out a command at once; throws (for the acknowledgement) when it cannot. */
  handle(command: RunnerCommand): void {
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
          this.stop();
          this.setStatus('paused', 'hidden');
        } else this.go();
        return;
      }
      case 'pause': {
        const had = this.budget > 0;
        this.budget = 0;
        this.stop();
        this.endRun();
        if (this.status === 'running' || (this.status === 'paused' && had))
          this.setStatus('paused', command.reason);
        return;
      }
      case 'suspend':
        if (this.status !== 'running') return;
        this.stop();
        this.setStatus('paused', command.reason);
        return;
      case 'resume':
        if (this.status === 'paused' && this.budget > 0) this.go();
        return;
      case 'reset':
        this.budget = 0;
        this.stop();
        this.endRun();
        this.core.reset();
        this.meter.reset(this.clock.now());
        this.setStatus('idle', 'reset', true);
        return;
      case 'setWeights':
      case 'load':
        if (command.type === 'load') this.core.load(command.json);
        else this.core.setWeights(command.weights);
        if (this.status === 'diverged') this.setStatus('paused', 'weights');
        else this.setStatus(this.status, 'weights', true);
        return;
      case 'loseWebGLContext':
        throw new Error('this session trains on the typed-array engine, not on WebGL');
      case 'dispose':
        this.budget = 0;
        this.stop();
        this.endRun();
        this.yielder.close();
        this.setStatus('disposed');
        return;
    }
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
    this.cancel ??= this.yielder.defer(this.tick);
  }

  /** Stops the loop; reports the steps not yet reported. */
  private stop(): void {
    this.cancel?.();
    this.cancel = null;
    if (this.status !== 'running') return;
    const now = this.clock.now();
    this.meter.pause(now);
    const progress = this.meter.flush(now, this.core.stats());
    if (progress) this.emit({ type: 'progress', ...progress });
  }

  private endRun(): void {
    if (this.runId === null) return;
    const id = this.runId;
    this.runId = null;
    this.emit({ type: 'runEnd', id });
  }

  private readonly tick = (): void => {
    this.cancel = null;
    if (this.status !== 'running') return;
    const start = this.clock.now();
    let now = start;
    try {
      for (;;) {
        const outcome = this.core.step();
        const after = this.clock.now();
        const cost = after - now;
        now = after;
        this.estimate = this.estimate === 0 ? cost : 0.7 * this.estimate + 0.3 * cost;
        if (outcome.diverged !== null) {
          this.diverge(outcome.diverged);
          return;
        }
        this.budget--;
        if (this.budget <= 0) {
          this.stop();
          this.setStatus('paused', 'done');
          this.endRun();
          return;
        }
        // Start another step only if it should still fit in the slice.
        if (now - start + this.estimate > this.sliceMs) break;
      }
    } catch (e) {
      this.fail(e);
      return;
    }
    const progress = this.meter.due(now, this.core.stats());
    if (progress) this.emit({ type: 'progress', ...progress });
    // A listener may have paused, restarted or disposed the session meanwhile.
    if (this.status === 'running') this.cancel ??= this.yielder.defer(this.tick);
  };

  private diverge(message: string): void {
    this.budget = 0;
    this.stop();
    this.emit({ type: 'diverged', message, step: this.core.stepCount + 1 });
    this.setStatus('diverged');
    this.endRun();
  }

  private fail(error: unknown): void {
    this.budget = 0;
    this.stop();
    const message = error instanceof Error ? error.message : String(error);
    this.emit({ type: 'error', message: `Training stopped with an error: ${message}` });
    this.setStatus('error');
    this.endRun();
  }
}
