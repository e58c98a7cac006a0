import { type KeptTraining, type Model, type SavedModel, saveModel } from '../core/model';
import { resolveConfig } from './config';
import {
  createDeferredThreadDriver,
  createThreadDriver,
  type SessionDriver,
} from './sessionThreadDriver';
import { createEngineRunner, engineProblem } from './engineStart';
import { EngineRefusedError } from './engineReasons';
import type { SliceTiming } from './jobs/slicer';
import type { RunnerCommand, RunnerEvent, TrainingSnapshot } from './sessionProtocol';
import type { RunnerOptions } from './sessionRunner';
import { SchedulerSeat } from './jobs/membership';
import { pageScheduler, type Scheduler } from './scheduler';
import { initialWeightsOf } from './sessionWeights';
import { spawnSimWorker } from './spawnWorker';
import { createWorkerDriver, type WorkerLike } from './sessionWorkerDriver';
import type {
  EngineInfo,
  EngineRequest,
  ProgressInfo,
  SessionConfig,
  SessionEvent,
  SessionListener,
  SessionState,
} from './types';

/**
 * The one training API every widget uses. A session trains a model of the core engine on a
 * task's sequences, in a Web Worker when there is one (the main thread only proxies) and in time
 * slices on the main thread otherwise; both run the same engine runner (TypedArrayRunner or
 * TfRunner). It holds a seat in a page's Scheduler, as jobs do, so sessions and jobs take turns
 * and stop while hidden.
 *
 * Commands return promises that settle once the command has been carried out (step(n): once the
 * n steps are done, or the run was cut short by pause, reset, divergence or dispose); they can be
 * ignored. Only setWeights() and load() reject, with a message for the reader (and step(n) with
 * an n that is not a whole number).
 */
export interface SessionOptions {
  /**
   * What trains: 'core' (default) the typed-array engine; 'webgl', 'wasm', 'cpu' the tfjs engine
   * on that backend (BPTT only; falls back WebGL → WASM → CPU → core with the reason when one
   * cannot start); 'auto' measures them on this device and takes the fastest. The 'engine'
   * event and `session.engine` say which engine is in use and why.
   */
  readonly engine?: EngineRequest;
  /**
   * 'auto' (default): a worker where Worker exists (for WebGL: where OffscreenCanvas exists
   * too, so tfjs can draw in the worker), else the main thread.
   */
  readonly backend?: 'auto' | 'worker' | 'thread';
  /** Default: the page's shared scheduler. */
  readonly scheduler?: Scheduler;
  /** Train alongside other sessions instead of taking turns. */
  readonly concurrent?: boolean;
  /** Makes the worker (tests pass a fake); default spawns worker.ts. */
  readonly createWorker?: () => WorkerLike;
  /** Slice length and progress interval, for either backend. */
  readonly timing?: SliceTiming;
  /** Clock and yielder of the main-thread runner (tests simulate time with them). */
  readonly thread?: Pick<RunnerOptions, 'clock' | 'yielder'>;
}

export class TrainingSession {
  readonly config: SessionConfig;
  /** The model (layout, block names) the weights belong to. */
  readonly model: Model;
  readonly backend: 'worker' | 'thread';
  readonly concurrent: boolean;
  /** The engine asked for (options.engine). */
  readonly requestedEngine: EngineRequest;
  private readonly driver: SessionDriver;
  /** The scheduler seat jobs hold too (src/sim/jobs/membership.ts). */
  private readonly seat: SchedulerSeat;
  private readonly listeners = new Set<SessionListener>();
  private readonly waiters = new Map<number, () => void>();
  /** readTrainingState() calls waiting for their answer, by command id. */
  private readonly readers = new Map<number, (snapshot: TrainingSnapshot) => void>();
  private nextId = 1;
  private current: SessionState = 'idle';
  private latest: ProgressInfo | null = null;
  private engineInfo: EngineInfo | null = null;

  constructor(config: SessionConfig, options: SessionOptions = {}) {
    const resolved = resolveConfig(config);
    this.config = config;
    this.model = resolved.model;
    this.concurrent = options.concurrent ?? false;
    const onEvent = (event: RunnerEvent) => this.receive(event);
    const timing = options.timing ?? {};
    const engine = options.engine ?? 'core';
    this.requestedEngine = engine;
    if (engine !== 'auto') {
      const problem = engineProblem(resolved, engine);
      if (problem) throw new EngineRefusedError(problem);
    }
    const worker = pickWorker(options, engine);
    if (worker) {
      const initial = initialWeightsOf(resolved);
      this.driver = createWorkerDriver(worker, config, timing, initial, onEvent, engine);
      this.backend = 'worker';
    } else {
      const made = createEngineRunner(resolved, engine, onEvent, {
        ...timing,
        ...options.thread,
        where: 'thread',
        storage: pageStorage(),
      });
      this.driver =
        made instanceof Promise
          ? createDeferredThreadDriver(made, initialWeightsOf(resolved), onEvent)
          : createThreadDriver(made);
      this.backend = 'thread';
    }
    this.seat = new SchedulerSeat(options.scheduler ?? pageScheduler, this.concurrent, {
      preempt: () => void this.command({ type: 'pause', id: this.id(), reason: 'preempted' }),
      visibilityChanged: () => this.applyVisibility(),
    });
  }

  get state(): SessionState {
    return this.current;
  }

  /** The latest progress event's numbers; null before the first step and after reset(). */
  get progress(): ProgressInfo | null {
    return this.latest;
  }

  /**
   * The engine training now, where, and why (null until it has started: a tfjs backend loads
   * asynchronously). Changes when the session falls back, e.g. after a lost WebGL context.
   */
  get engine(): EngineInfo | null {
    return this.engineInfo;
  }

  /**
   * TEST HOOK: loses the WebGL context tfjs trains on (WEBGL_lose_context), as a GPU reset
   * would; the session should carry on on another backend. Rejects when not on WebGL.
   */
  debugLoseWebGLContext(): Promise<void> {
    return this.command({ type: 'loseWebGLContext', id: this.id() }, true);
  }

  /** Trains until paused (the session training before it pauses unless concurrent). */
  start(): Promise<void> {
    if (this.current === 'disposed') return Promise.resolve();
    this.seat.claim();
    return this.command({ type: 'run', id: this.id(), budget: null, hold: !this.allowed() });
  }

  /** Trains exactly n steps, then pauses; resolves when they are done (or the run is cut short). */
  step(n = 1): Promise<void> {
    if (!Number.isInteger(n) || n < 0)
      return Promise.reject(new Error(`step(n) needs a whole number n ≥ 0, got ${n}`));
    if (this.current === 'disposed' || n === 0) return Promise.resolve();
    this.seat.claim();
    const id = this.id();
    const ended = new Promise<void>((resolve) => this.waiters.set(id, resolve));
    void this.command({ type: 'run', id, budget: n, hold: !this.allowed() }).then(
      () => undefined,
      () => this.endWaiter(id),
    );
    return ended;
  }

  pause(): Promise<void> {
    return this.command({ type: 'pause', id: this.id(), reason: 'reader' });
  }

  /** Stops, and goes back to the seed's weights with the history cleared (state 'idle'). */
  reset(): Promise<void> {
    return this.command({ type: 'reset', id: this.id() });
  }

  /**
   * The last good weights, in the core layout (a copy). From a worker: as of its latest progress
   * or state event — exact once a command has settled or the session has stopped.
   */
  getWeights(): Float64Array {
    return this.driver.getWeights();
  }

  /**
   * Replaces the weights (e.g. a point the reader picked); clears a divergence. With `training`
   * (a kept run: readTrainingState's, or a model file's) the run goes on from there — the
   * optimiser's state where this engine can take it, the counters and the data stream — and a
   * progress event says the restored count; without it the optimiser starts fresh.
   */
  setWeights(weights: ArrayLike<number>, training?: KeptTraining): Promise<void> {
    const copy = Float64Array.from(weights);
    const command = { type: 'setWeights' as const, id: this.id(), weights: copy };
    return this.command(training ? { ...command, training } : command, true);
  }

  /**
   * The weights and what training holds beside them (optimiser state, counters, data position),
   * taken at one moment between two steps — what a model file keeps so a run can go on exactly.
   * Each part is null where this engine cannot give it (tfjs's optimiser is on the device).
   */
  readTrainingState(): Promise<TrainingSnapshot> {
    if (this.current === 'disposed') return Promise.reject(new Error('the session is disposed'));
    const id = this.id();
    const answer = new Promise<TrainingSnapshot>((resolve) => this.readers.set(id, resolve));
    return this.command({ type: 'readState', id }, true).then(
      () => {
        if (this.readers.has(id)) throw new Error('the engine did not answer');
        return answer;
      },
      (error: unknown) => {
        this.readers.delete(id);
        throw error;
      },
    );
  }

  /** Loads a saved-model file of the same spec; rejects with what is wrong with it. */
  load(savedModelJson: string): Promise<void> {
    return this.command({ type: 'load', id: this.id(), json: savedModelJson }, true);
  }

  /** The current weights as a saved-model file (src/core/model/saveFormat.ts). */
  save(meta?: SavedModel['meta']): string {
    return saveModel(this.model, this.getWeights(), { steps: this.latest?.step ?? 0, ...meta });
  }

  /** The widget entered (true) or left (false) the viewport. */
  setVisible(visible: boolean): void {
    if (this.seat.setVisible(visible)) this.applyVisibility();
  }

  /** Subscribes to events; returns the function that unsubscribes. */
  on(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops training, frees the worker, leaves the scheduler; the session is inert afterwards. */
  dispose(): void {
    if (this.current === 'disposed') return;
    this.seat.leave();
    this.driver.dispose();
    for (const id of [...this.waiters.keys()]) this.endWaiter(id);
    this.current = 'disposed';
    this.emit({ type: 'state', state: 'disposed' });
    this.listeners.clear();
  }

  private id(): number {
    return this.nextId++;
  }

  private allowed(): boolean {
    return this.seat.allowed;
  }

  private applyVisibility(): void {
    if (this.current === 'disposed') return;
    void this.command(
      this.allowed()
        ? { type: 'resume', id: this.id() }
        : { type: 'suspend', id: this.id(), reason: 'hidden' },
    );
  }

  /** Sends a command; failures are reported by rejecting only when `rejects` is set. */
  private command(command: RunnerCommand, rejects = false): Promise<void> {
    if (this.current === 'disposed') return Promise.resolve();
    const done = this.driver.send(command);
    return rejects ? done : done.catch(() => undefined);
  }

  private endWaiter(id: number): void {
    const resolve = this.waiters.get(id);
    this.waiters.delete(id);
    resolve?.();
  }

  private receive(event: RunnerEvent): void {
    if (this.current === 'disposed') return;
    switch (event.type) {
      case 'runEnd':
        this.endWaiter(event.id);
        return;
      case 'trainingState': {
        const { type: _type, id, ...snapshot } = event;
        this.readers.get(id)?.(snapshot);
        this.readers.delete(id);
        return;
      }
      case 'progress': {
        const { type: _type, ...info } = event;
        this.latest = info;
        break;
      }
      case 'engine': {
        const { type: _type, ...info } = event;
        this.engineInfo = info;
        break;
      }
      case 'state':
        if (event.state === 'disposed') return;
        this.current = event.state;
        if (event.reason === 'reset') this.latest = null;
        // Nothing runs after an error (a worker that died cannot report the end of its run).
        if (event.state === 'error') for (const id of [...this.waiters.keys()]) this.endWaiter(id);
        break;
    }
    this.emit(event);
  }

  /** Calls every listener; one that throws is reported without stopping training. */
  private emit(event: SessionEvent): void {
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

/** The worker to train in, or null for the main thread. */
function pickWorker(options: SessionOptions, engine: EngineRequest): WorkerLike | null {
  const backend = options.backend ?? 'auto';
  if (backend === 'thread') return null;
  const make = options.createWorker ?? (() => spawnSimWorker('training'));
  if (backend === 'worker') return make();
  if (!options.createWorker && typeof Worker === 'undefined') return null;
  // WebGL in a worker needs OffscreenCanvas; without it, WebGL trains on the main thread.
  if (engine === 'webgl' && typeof OffscreenCanvas === 'undefined') return null;
  try {
    return make();
  } catch {
    return null; // e.g. a content-security policy that forbids workers
  }
}

/** localStorage where there is one (remembers 'auto' verdicts), else null. */
function pageStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage disabled
  }
}

/** Creates a training session (see TrainingSession). Throws at once if the config is wrong. */
export function createTrainingSession(
  config: SessionConfig,
  options?: SessionOptions,
): TrainingSession {
  return new TrainingSession(config, options);
}
