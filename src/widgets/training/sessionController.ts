import {
  initialWeights,
  createTrainingSession,
  type EngineInfo,
  type EngineRequest,
  type ProgressInfo,
  type SessionConfig,
  type SessionEvent,
  type SessionOptions,
  type SessionState,
  type TrainingSession,
  type TrainingSnapshot,
} from '../../sim';
import type { KeptTraining } from '../../core/model';
import { readerSteps, resumeWork, takeWork, type CarriedWork, type ControllerEvent } from './carry';
import { SESSION_MESSAGES, type SessionWords } from './sessionWords';
import type { ExportSnapshot } from './exportSources';
import { onTabVisibility, tabHidden } from './pageVisibility';

/** Why a session that was training waits: the tab is hidden, or the figure is off screen. */
export type HeldBy = 'tab' | 'screen';

/**
 * A widget's session as React sees it: one immutable snapshot per change (useSyncExternalStore).
 * `progress.step` and `step` count on across rebuilds that carry the reader's work.
 */
export interface SessionSnapshot<X = undefined> {
  readonly session: TrainingSession | null;
  /** The config the session was built for; null before the first one. */
  readonly config: SessionConfig | null;
  readonly state: SessionState;
  readonly progress: ProgressInfo | null;
  /** Steps since the weights were drawn (or put in with `restartCount`); 0 before the first. */
  readonly step: number;
  readonly engine: EngineInfo | null;
  readonly requestedEngine: EngineRequest;
  /** Why training stopped (divergence, engine error) or a config/weights were refused; else null. */
  readonly error: string | null;
  /** WebGL's context was lost on this page: the badge disables WebGL from then on. */
  readonly webglLost: boolean;
  /** Set once the session has acknowledged it stopped because the reader cannot see it. */
  readonly held: HeldBy | null;
  /** The widget's own state kept beside the session's (see SessionControllerOptions.extra). */
  readonly extra: X;
}

export type { ControllerEvent } from './carry';

export interface SessionControllerOptions<X> {
  /** The engine to start on; default 'core'. */
  readonly engine?: EngineRequest;
  /** Passed to every session the controller creates (backend, scheduler, timing, concurrent). */
  readonly session?: Omit<SessionOptions, 'engine'>;
  /**
   * Widget state that follows the session's events (CharRNN's loss history, Embeddings'
   * weights): where it starts, and how each event changes it. `setExtra` changes it directly.
   */
  readonly extra?: {
    readonly initial: X;
    readonly reduce: (extra: X, event: ControllerEvent, session: TrainingSession) => X;
  };
}

export interface ConfigureOptions {
  /** Carry the weights, the step count and whether it was training into the new session. */
  readonly carry?: boolean;
  /** Build the session on this engine (default: the one requested so far). */
  readonly engine?: EngineRequest;
}

/**
 * Owns one training session of a widget, outside React. The session is created when the first
 * listener subscribes and disposed when the last one leaves (so StrictMode's mount–unmount–mount
 * and unmounting both clean up; without listeners the controller only remembers its config).
 * A new config or engine rebuilds the session, carrying the reader's work when asked (same
 * model). Every session it makes follows the figure's place on screen (`setOnScreen`) and, via
 * the page scheduler, the tab's visibility; `held` says when one is waiting for the reader.
 */
export class SessionController<X = undefined> {
  private snapshot: SessionSnapshot<X>;
  private readonly listeners = new Set<() => void>();
  private current: TrainingSession | null = null;
  private offSession: (() => void) | null = null;
  private offTab: (() => void) | null = null;
  /** Added to the session's own step count (carried steps, or minus the steps before a restart). */
  private offset = 0;
  private onScreen = true;
  private words: SessionWords = SESSION_MESSAGES;
  /**
   * A start or steps asked for before the first session exists: a figure paints its buttons
   * before React subscribes (a passive effect), and a click in that gap would otherwise do
   * nothing. Run on the session built when the first listener arrives.
   */
  private waiting: {
    readonly run: (session: TrainingSession) => Promise<void>;
    done(): void;
  } | null = null;

  constructor(
    private config: SessionConfig | null,
    private readonly options: SessionControllerOptions<X> = {},
  ) {
    this.snapshot = {
      session: null,
      config: null,
      state: 'idle',
      progress: null,
      step: 0,
      engine: null,
      requestedEngine: options.engine ?? 'core',
      error: null,
      webglLost: false,
      held: null,
      extra: options.extra?.initial as X,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.connect();
    return () => {
      if (!this.listeners.delete(listener)) return;
      if (this.listeners.size === 0) this.disconnect();
    };
  };

  readonly getSnapshot = (): SessionSnapshot<X> => this.snapshot;

  /**
   * The settings and weights the "Code" tool exports: the live session's weights, or before a
   * session exists the ones its seed draws (what it would start from).
   */
  exportSnapshot(): ExportSnapshot | null {
    if (!this.config) return null;
    const weights = this.current?.getWeights() ?? initialWeights(this.config);
    return { config: this.config, weights, step: this.snapshot.step };
  }

  /** The live session (null before the first subscriber, after the last, or on a refused config). */
  get session(): TrainingSession | null {
    return this.current;
  }

  /**
   * A new config (and/or engine): a fresh session. A config the session refuses leaves the
   * current session as it was and says why in `error`; returns whether it was taken.
   */
  configure(config: SessionConfig, how: ConfigureOptions = {}): boolean {
    const engine = how.engine ?? this.snapshot.requestedEngine;
    if (config === this.config && engine === this.snapshot.requestedEngine) return true;
    if (this.listeners.size === 0) {
      this.config = config;
      this.update({ requestedEngine: engine });
      return true;
    }
    const carried = how.carry ? takeWork(this.current, this.offset) : null;
    const previous = { config: this.config, engine: this.snapshot.requestedEngine };
    this.config = config;
    this.snapshot = { ...this.snapshot, requestedEngine: engine };
    if (this.build(carried)) return true;
    this.config = previous.config;
    this.update({ requestedEngine: previous.engine });
    return false;
  }

  /** Moves training to another engine; the reader's work comes along. */
  readonly setEngine = (engine: EngineRequest): void => {
    if (this.config) this.configure(this.config, { carry: true, engine });
    else this.update({ requestedEngine: engine });
  };

  start(): Promise<void> {
    this.update({ error: null });
    return this.onSession((session) => session.start());
  }

  pause(): Promise<void> {
    this.cancelWaiting();
    return this.current?.pause() ?? Promise.resolve();
  }

  /** Trains n steps; resolves when they are done or the run was cut short. */
  step(n = 1): Promise<void> {
    this.update({ error: null });
    return this.onSession((session) => session.step(n));
  }

  /** Back to the seed's weights with the count at 0 (state 'idle'). */
  reset(): Promise<void> {
    return this.current?.reset() ?? Promise.resolve();
  }

  /**
   * Puts weights into the session (a file, storage, a point the reader picked). With
   * `restartCount` the step count starts again from 0. A refusal is reported in `error`.
   */
  async setWeights(weights: ArrayLike<number>, restartCount = false): Promise<void> {
    const session = this.current;
    if (!session) return;
    if (restartCount) {
      this.offset = -(session.progress?.step ?? 0);
      this.update({ progress: null, step: 0 });
    }
    try {
      await session.setWeights(weights);
    } catch (e) {
      if (session === this.current) this.update({ error: this.words.error(e) });
    }
  }

  /**
   * Puts a kept run into the session (a model file, a link, storage): the weights and the
   * training state they were saved with. The step count becomes the run's (the session's
   * progress event says it); a refusal is reported in `error`.
   */
  async restore(weights: ArrayLike<number>, training: KeptTraining): Promise<void> {
    const session = this.current;
    if (!session) return;
    this.offset = 0;
    try {
      await session.setWeights(weights, training);
    } catch (e) {
      if (session === this.current) this.update({ error: this.words.error(e) });
    }
  }

  /**
   * The live session's weights and training state, taken together, with the run's step count
   * the reader's (a carried rebuild counts on from before the session's own 0); null without a
   * session.
   */
  async readTrainingState(): Promise<TrainingSnapshot | null> {
    const session = this.current;
    if (!session) return null;
    const offset = this.offset;
    const read = await session.readTrainingState();
    const { run } = read.training;
    if (!run || offset === 0) return read;
    return { ...read, training: { ...read.training, run: { ...run, steps: run.steps + offset } } };
  }

  /** The figure entered (true) or left (false) the viewport; sessions built later follow too. */
  setOnScreen(onScreen: boolean): void {
    this.onScreen = onScreen;
    this.current?.setVisible(onScreen);
    this.refreshHeld();
  }

  /** Changes the widget's own state (e.g. clears a history the reader reset). */
  setExtra(change: (extra: X) => X): void {
    this.update({ extra: change(this.snapshot.extra) });
  }

  /** Words what stops or refuses a session in the reader's language (default: the session's English). */
  speak(words: SessionWords): this {
    this.words = words;
    return this;
  }

  /**
   * Runs `run` on the live session; before the first session is built (no listener yet), keeps
   * it for that session, a later request replacing an earlier one.
   */
  private onSession(run: (session: TrainingSession) => Promise<void>): Promise<void> {
    if (this.current) return run(this.current);
    if (!this.config || this.listeners.size > 0) return Promise.resolve();
    this.cancelWaiting();
    return new Promise((resolve, reject) => {
      this.waiting = { run: (session) => run(session).then(resolve, reject), done: resolve };
    });
  }

  private cancelWaiting(): void {
    this.waiting?.done();
    this.waiting = null;
  }

  private update(change: Partial<SessionSnapshot<X>>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of [...this.listeners]) listener();
  }

  private connect(): void {
    this.offTab = onTabVisibility(() => this.refreshHeld());
    const built = this.build(null);
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting && built && this.current) void waiting.run(this.current);
    else waiting?.done();
  }

  /** Replaces the session with one for the current config; false if the config is refused. */
  private build(carried: CarriedWork | null): boolean {
    if (!this.config) return true;
    let session: TrainingSession;
    try {
      session = createTrainingSession(this.config, {
        ...this.options.session,
        engine: this.snapshot.requestedEngine,
      });
    } catch (e) {
      this.update({ error: this.words.error(e) });
      return false;
    }
    this.dropSession();
    this.current = session;
    this.offset = carried?.step ?? 0;
    this.offSession = session.on((event) => this.receive(session, event));
    if (!this.onScreen) session.setVisible(false);
    this.update({
      session,
      config: session.config,
      state: session.state,
      engine: session.engine,
      progress: null,
      step: this.offset,
      error: null,
      held: null,
      // A fresh session starts the widget's own state afresh; a carried one keeps it.
      ...(carried || !this.options.extra ? {} : { extra: this.options.extra.initial }),
    });
    if (carried)
      resumeWork(
        session,
        carried,
        (error) => this.update({ error }),
        () => this.current === session,
      );
    return true;
  }

  private receive(session: TrainingSession, raw: SessionEvent): void {
    if (session !== this.current) return;
    const event = readerSteps(raw, this.offset);
    const change: { -readonly [K in keyof SessionSnapshot<X>]?: SessionSnapshot<X>[K] } = {};
    switch (event.type) {
      case 'progress': {
        const { type: _type, ...info } = event;
        Object.assign(change, { progress: info, step: info.step });
        break;
      }
      case 'state':
        if (event.reason === 'reset') {
          this.offset = 0;
          Object.assign(change, { progress: null, step: 0, error: null });
        }
        if (event.reason === 'weights' || event.reason === 'restored') change.error = null;
        change.state = event.state;
        change.held = event.state === 'paused' && event.reason === 'hidden' ? heldBy() : null;
        break;
      case 'engine': {
        const { type: _type, ...info } = event;
        change.engine = info;
        change.webglLost = this.snapshot.webglLost || info.cause === 'lost-context';
        break;
      }
      case 'diverged':
        // The kept weights' step is the reader's count now.
        Object.assign(change, { error: this.words.divergence(event), step: event.keptStep });
        break;
      case 'error':
        change.error = event.message;
        break;
    }
    const reduce = this.options.extra?.reduce;
    if (reduce) change.extra = reduce(this.snapshot.extra, event, session);
    this.update(change);
  }

  /** The tab was hidden or shown while a session is held: say which of the two holds it. */
  private refreshHeld(): void {
    if (this.snapshot.held && this.snapshot.held !== heldBy()) this.update({ held: heldBy() });
  }

  private dropSession(): void {
    this.offSession?.();
    this.offSession = null;
    this.current?.dispose();
    this.current = null;
  }

  private disconnect(): void {
    this.cancelWaiting();
    this.offTab?.();
    this.offTab = null;
    this.dropSession();
    this.update({ session: null, held: null });
  }
}

function heldBy(): HeldBy {
  return tabHidden() ? 'tab' : 'screen';
}
