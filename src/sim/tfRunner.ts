import {
  loseWebGLContextForTesting,
  retireWebGL,
  selectBackend,
  watchWebGLContext,
  webglContextLost,
  type BackendName,
  type BackendOptions,
} from '../tf/backend';
import { createYielder, performanceClock, type Clock, type Yielder } from './clock';
import { ProgressMeter } from './progress';
import type { EngineRunner, RunnerCommand, RunnerEvent } from './protocol';
import type { RunnerOptions } from './runner';
import type { TfSessionCore } from './tfSessionCore';
import type { EngineInfo, SessionState, StateReason } from './types';

/**
 * Drives a TfSessionCore: the tfjs counterpart of Runner, obeying the same commands and emitting
 * the same events. Each slice dispatches steps until the next would overrun the slice budget
 * (about 8 ms of this thread's time; at most `readbackEvery` steps), then awaits one readback of
 * their losses — the thread is free while the device computes — and checks them. At progress
 * events it checkpoints the weights to this thread (asynchronously): what getWeights() returns,
 * what divergence goes back to, and what training continues from on another backend when the
 * WebGL context is lost. Commands run in turn with the slices (a queue), never in the middle of
 * one.
 */
export interface TfRunnerOptions extends RunnerOptions {
  /** Most steps queued on the device between two readbacks. Default 16. */
  readonly readbackEvery?: number;
  readonly backendOptions?: BackendOptions;
  /** Tells the engine event where this runner runs. */
  readonly where?: EngineInfo['where'];
  readonly requested?: EngineInfo['requested'];
}

const LABEL: Record<BackendName, string> = { webgl: 'WebGL', wasm: 'WASM', cpu: 'CPU' };

export class TfRunner implements EngineRunner {
  private status: SessionState = 'idle';
  private reason: StateReason | undefined;
  private budget = 0;
  private runId: number | null = null;
  private cancel: (() => void) | null = null;
  private estimate = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private lost = false;
  private lostSignal: (() => void) | null = null;
  private unwatch: () => void = () => undefined;
  private readonly clock: Clock;
  private readonly yielder: Yielder;
  private readonly sliceMs: number;
  private readonly readbackEvery: number;
  private readonly meter: ProgressMeter;

  constructor(
    readonly core: TfSessionCore,
    private readonly emit: (event: RunnerEvent) => void,
    private readonly options: TfRunnerOptions = {},
  ) {
    this.clock = options.clock ?? performanceClock;
    this.yielder = options.yielder ?? createYielder();
    this.sliceMs = options.sliceMs ?? 8;
    this.readbackEvery = options.readbackEvery ?? 16;
    this.meter = new ProgressMeter(options.progressIntervalMs ?? 100);
    this.watch();
  }

  get state(): SessionState {
    return this.status;
  }

  getWeights(): Float64Array {
    return this.core.getWeights();
  }

  handle(command: RunnerCommand): Promise<void> {
    return this.enqueue(() => this.apply(command));
  }

  /** Runs `op` after everything queued before it; a failure rejects only its own promise. */
  private enqueue<T>(op: () => T | Promise<T>): Promise<T> {
    const done = this.queue.then(op);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private async apply(command: RunnerCommand): Promise<void> {
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
          await this.stop();
          this.setStatus('paused', 'hidden');
        } else this.go();
        return;
      }
      case 'pause': {
        const had = this.budget > 0;
        this.budget = 0;
        const wasRunning = this.status === 'running';
        await this.stop();
        this.endRun();
        if (wasRunning || (this.status === 'paused' && had))
          this.setStatus('paused', command.reason);
        return;
      }
      case 'suspend':
        if (this.status !== 'running') return;
        await this.stop();
        this.setStatus('paused', command.reason);
        return;
      case 'resume':
        if (this.status === 'paused' && this.budget > 0) this.go();
        return;
      case 'reset':
        this.budget = 0;
        await this.stop();
        this.endRun();
        await this.recoverIfLost();
        this.core.reset();
        this.meter.reset(this.clock.now());
        this.setStatus('idle', 'reset', true);
        return;
      case 'setWeights':
      case 'load':
        await this.recoverIfLost();
        if (command.type === 'load') this.core.load(command.json);
        else this.core.setWeights(command.weights);
        if (this.status === 'diverged') this.setStatus('paused', 'weights');
        else this.setStatus(this.status, 'weights', true);
        return;
      case 'loseWebGLContext':
        if (this.core.backend !== 'webgl' || !loseWebGLContextForTesting())
          throw new Error(`this session trains on ${LABEL[this.core.backend]}, not on WebGL`);
        return;
      case 'dispose':
        this.budget = 0;
        this.cancel?.();
        this.cancel = null;
        this.endRun();
        this.unwatch();
        this.core.dispose();
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
    this.schedule();
  }

  private schedule(): void {
    this.cancel ??= this.yielder.defer(() => {
      this.cancel = null;
      void this.enqueue(() => this.slice());
    });
  }

  /** Stops the loop; settles and checkpoints what is pending; reports the steps not reported. */
  private async stop(): Promise<void> {
    this.cancel?.();
    this.cancel = null;
    if (this.status !== 'running') return;
    this.meter.pause(this.clock.now());
    await this.report(true);
  }

  /**
   * Checkpoints the weights and emits a progress event, when one is due (or at once: `now`).
   * The checkpoint comes first, so every progress event's step has its weights saved.
   */
  private async report(now: boolean): Promise<void> {
    if (!now && !this.meter.isDue(this.clock.now())) return;
    if (this.core.stats().step === 0) return;
    if (!this.lost) {
      const problem = await this.guard(this.core.checkpoint());
      if (problem === 'lost') return;
      if (problem !== null) {
        this.diverge(problem, this.core.stepCount + 1);
        return;
      }
    }
    const progress = this.meter.flush(this.clock.now(), this.core.stats());
    if (progress) this.emit({ type: 'progress', ...progress });
  }

  private endRun(): void {
    if (this.runId === null) return;
    const id = this.runId;
    this.runId = null;
    this.emit({ type: 'runEnd', id });
  }

  /** One slice: dispatch, read back, check, maybe report; then the next slice. */
  private async slice(): Promise<void> {
    if (this.status !== 'running') return;
    try {
      await this.recoverIfLost();
      const start = this.clock.now();
      let now = start;
      let queued = 0;
      while (queued < Math.min(this.budget, this.readbackEvery)) {
        this.core.dispatch();
        queued++;
        const after = this.clock.now();
        this.estimate =
          this.estimate === 0 ? after - now : 0.7 * this.estimate + 0.3 * (after - now);
        now = after;
        if (now - start + this.estimate > this.sliceMs) break;
      }
      const settled = await this.guard(this.core.settle());
      if (settled === 'lost') {
        this.schedule();
        return;
      }
      if (settled.diverged !== null) {
        this.diverge(settled.diverged, settled.divergedAt);
        return;
      }
      this.budget -= settled.steps;
      if (this.budget <= 0) {
        await this.stop();
        this.setStatus('paused', 'done');
        this.endRun();
        return;
      }
      await this.report(false);
    } catch (e) {
      if (this.lost || webglContextLost()) {
        this.lost = true;
        this.schedule();
        return;
      }
      this.fail(e);
      return;
    }
    if (this.status === 'running') this.schedule();
  }

  /** Awaits `work`, or gives up on it with 'lost' when the WebGL context goes meanwhile. */
  private guard<T>(work: Promise<T>): Promise<T | 'lost'> {
    if (this.lost)
      return work.then(
        () => 'lost' as const,
        () => 'lost' as const,
      );
    const lost = new Promise<'lost'>((resolve) => (this.lostSignal = () => resolve('lost')));
    // A readback on a dead context may reject, never settle, or deliver zeros: the race decides,
    // and what arrives once the context is gone is not trusted.
    work.catch(() => undefined);
    return Promise.race([work, lost])
      .then((value) => (webglContextLost() ? ('lost' as const) : value))
      .finally(() => (this.lostSignal = null));
  }

  private watch(): void {
    this.unwatch();
    this.unwatch = watchWebGLContext(() => {
      this.lost = true;
      this.lostSignal?.();
    });
  }

  /**
   * After a lost WebGL context: drop the device's state, make WASM (else CPU) the backend, and
   * continue from the last checkpoint — its weights, step count and loss average — telling the
   * reader what happened.
   */
  private async recoverIfLost(): Promise<void> {
    if (!this.lost && !webglContextLost()) return;
    this.lost = false;
    this.unwatch();
    const step = this.core.stats().step;
    this.core.releaseDevice();
    retireWebGL('the WebGL context was lost earlier on this page');
    const choice = await selectBackend('wasm', {
      ...this.options.backendOptions,
      fallback: ['cpu'],
    });
    this.core.moveTo(choice.active);
    this.watch();
    const info: EngineInfo = {
      engine: choice.active,
      requested: this.options.requested ?? 'webgl',
      where: this.options.where ?? 'thread',
      reason:
        `The WebGL context was lost at step ${step}; training continues on ` +
        `${LABEL[choice.active]} from the weights of step ${this.core.stepCount}.`,
      cause: 'lost-context',
    };
    this.emit({ type: 'engine', ...info });
  }

  private diverge(message: string, step: number): void {
    this.budget = 0;
    this.cancel?.();
    this.cancel = null;
    this.meter.pause(this.clock.now());
    const progress = this.meter.flush(this.clock.now(), this.core.stats());
    if (progress) this.emit({ type: 'progress', ...progress });
    this.emit({ type: 'diverged', message, step });
    this.setStatus('diverged');
    this.endRun();
  }

  private fail(error: unknown): void {
    this.budget = 0;
    this.cancel?.();
    this.cancel = null;
    this.meter.pause(this.clock.now());
    const message = error instanceof Error ? error.message : String(error);
    this.emit({ type: 'error', message: `Training stopped with an error: ${message}` });
    this.setStatus('error');
    this.endRun();
  }
}
