import {
  loseWebGLContextForTesting,
  retireWebGL,
  selectBackend,
  watchWebGLContext,
  webglContextLost,
  type BackendName,
  type BackendOptions,
} from '../tf/backend';
import type { RunnerCommand, RunnerEvent } from './sessionProtocol';
import { inTurn, SessionRunner, type RunnerOptions } from './sessionRunner';
import type { TfSessionCore } from './tfSessionCore';
import type { EngineInfo } from './types';

/**
 * Drives a TfSessionCore: the tfjs counterpart of TypedArrayRunner, sharing its command
 * handling, budgets and events (SessionRunner). Each slice dispatches steps until the next would overrun the slice
 * budget (about 8 ms of this thread's time; at most `readbackEvery` steps), then awaits one
 * readback of their losses — the thread is free while the device computes — and checks them. At
 * progress events it checkpoints the weights to this thread (asynchronously): what getWeights()
 * returns, what divergence goes back to, and what training continues from on another backend
 * when the WebGL context is lost. Commands run in turn with the slices (a queue), never in the
 * middle of one.
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

export class TfRunner extends SessionRunner<TfSessionCore, Promise<void>> {
  protected readonly reportsAtOnce = false;
  private queue: Promise<unknown> = Promise.resolve();
  private lost = false;
  private lostSignal: (() => void) | null = null;
  private unwatch: () => void = () => undefined;
  private readonly readbackEvery: number;

  constructor(
    core: TfSessionCore,
    emit: (event: RunnerEvent) => void,
    private readonly options: TfRunnerOptions = {},
  ) {
    super(core, emit, options);
    this.readbackEvery = options.readbackEvery ?? 16;
    this.watch();
  }

  handle(command: RunnerCommand): Promise<void> {
    return this.enqueue(() => inTurn(this.commandSteps(command)));
  }

  /** Runs `op` after everything queued before it; a failure rejects only its own promise. */
  private enqueue<T>(op: () => T | Promise<T>): Promise<T> {
    const done = this.queue.then(op);
    this.queue = done.catch(() => undefined);
    return done;
  }

  protected runSlice(): void {
    void this.enqueue(() => this.slice());
  }

  /** One slice: dispatch, read back, check, maybe report; then the next slice. */
  private async slice(): Promise<void> {
    if (this.state !== 'running') return;
    try {
      await this.recoverIfLost();
      const end = this.fillSlice(
        () => {
          this.core.dispatch();
          return true;
        },
        Math.min(this.budget, this.readbackEvery),
      );
      const settled = await this.guard(this.core.settle());
      if (settled === 'lost') {
        this.schedule();
        return;
      }
      if (settled.diverged !== null) {
        this.diverge(settled.diverged);
        return;
      }
      await inTurn(this.afterSlice(settled.steps, end));
    } catch (e) {
      if (this.lost || webglContextLost()) {
        this.lost = true;
        this.schedule();
        return;
      }
      this.fail(e);
    }
  }

  protected reportAll(): Promise<void> {
    return this.report(true);
  }

  /** The readback came after the slice's steps: the clock is read again to decide. */
  protected reportIfDue(): Promise<void> {
    return this.report(false);
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
        this.diverge(problem);
        return;
      }
    }
    this.emitProgress(this.meter.flush(this.clock.now(), this.core.stats()));
  }

  protected override ready(): Promise<void> {
    return this.recoverIfLost();
  }

  protected loseWebGLContext(): void {
    if (this.core.backend !== 'webgl' || !loseWebGLContextForTesting())
      throw new Error(`this session trains on ${LABEL[this.core.backend]}, not on WebGL`);
  }

  protected override release(): void {
    this.unwatch();
    this.core.dispose();
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
    const lostAt = this.core.stats().step;
    this.core.releaseDevice();
    retireWebGL();
    const choice = await selectBackend('wasm', {
      ...this.options.backendOptions,
      fallback: ['cpu'],
    });
    this.core.moveTo(choice.active);
    const lostContext = { lostAt, from: this.core.stepCount };
    this.watch();
    const info: EngineInfo = {
      engine: choice.active,
      requested: this.options.requested ?? 'webgl',
      where: this.options.where ?? 'thread',
      reasons: [{ code: 'lostContext', ...lostContext, engine: choice.active }],
      cause: 'lost-context',
      lostContext,
    };
    this.emit({ type: 'engine', ...info });
  }
}
