import {
  createTrainingSession,
  EngineRefusedError,
  type Divergence,
  type EngineKind,
  type EngineProblem,
  type EngineReason,
  type ProgressInfo,
  type SessionConfig,
  type SessionOptions,
  type TrainingSession,
} from '../../sim';

/**
 * The engine race, outside React: each engine in turn trains the same model in a training
 * session (in the worker where there is one) — a few warm-up steps first, then about `budgetMs`
 * of training whose steps per second are read from the session's own progress (running time
 * only, so a pause or a hidden tab does not count). An engine that cannot start, or that the
 * session moves to another (a fallback), is unavailable, with the session's reason.
 */
export type EntryStatus = 'waiting' | 'running' | 'done' | 'unavailable';

export interface RaceEntry {
  readonly engine: EngineKind;
  readonly status: EntryStatus;
  /** Measured after the warm-up; null until then. */
  readonly stepsPerSecond: number | null;
  /** stepsPerSecond × T × batch. */
  readonly charsPerSecond: number | null;
  /** Why it is unavailable: worded already, or the session's codes (worded by the view). */
  readonly reason: RaceWhy | null;
}

export type RaceWhy =
  string | { readonly reasons: readonly EngineReason[] } | { readonly problem: EngineProblem };

export type RacePhase = 'idle' | 'running' | 'paused' | 'held' | 'done' | 'stopped' | 'error';

export interface RaceSnapshot {
  readonly phase: RacePhase;
  readonly entries: readonly RaceEntry[];
  /** The engine being measured, or null. */
  readonly current: EngineKind | null;
  /** Why the race stopped: a diverging step (worded by the view). */
  readonly error: Divergence | null;
}

export interface RaceOptions {
  readonly engines: readonly EngineKind[];
  /** Known before any session starts (no WebGL here …): engine → reason. */
  readonly unavailable: Readonly<Partial<Record<EngineKind, string>>>;
  readonly warmupSteps: number;
  readonly budgetMs: number;
  /** Characters per step: T × batch. */
  readonly charsPerStep: number;
  /** Passed to every session (tests: the thread, a scheduler of their own). */
  readonly session?: Omit<SessionOptions, 'engine'>;
}

export class EngineRace {
  private snap: RaceSnapshot;
  private readonly listeners = new Set<() => void>();
  private session: TrainingSession | null = null;
  private off: (() => void) | null = null;
  private visible = true;

  constructor(
    private readonly config: SessionConfig,
    private readonly options: RaceOptions,
  ) {
    this.snap = { phase: 'idle', entries: this.freshEntries(), current: null, error: null };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): RaceSnapshot => this.snap;

  /** A new race from the first engine (the one before, if any, is dropped). */
  start(): void {
    this.dropSession();
    this.update({ phase: 'running', entries: this.freshEntries(), current: null, error: null });
    this.next();
  }

  pause(): void {
    if (this.snap.phase !== 'running' && this.snap.phase !== 'held') return;
    this.update({ phase: 'paused' });
    void this.session?.pause();
  }

  resume(): void {
    if (this.snap.phase !== 'paused') return;
    this.update({ phase: 'running' });
    if (this.session) void this.session.start();
    else this.next();
  }

  stop(): void {
    this.dropSession();
    this.update({ phase: 'stopped', current: null });
  }

  /** The figure entered or left the viewport: the session waits while it is off screen. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.session?.setVisible(visible);
  }

  dispose(): void {
    this.dropSession();
    this.listeners.clear();
  }

  private freshEntries(): RaceEntry[] {
    return this.options.engines.map((engine) => {
      const reason = this.options.unavailable[engine] ?? null;
      return {
        engine,
        status: reason ? 'unavailable' : 'waiting',
        stepsPerSecond: null,
        charsPerSecond: null,
        reason,
      };
    });
  }

  /** Starts the next engine still waiting, or ends the race. */
  private next(): void {
    const entry = this.snap.entries.find((e) => e.status === 'waiting');
    if (!entry) {
      this.update({ phase: 'done', current: null });
      return;
    }
    const { engine } = entry;
    this.setEntry(engine, { status: 'running' });
    this.update({ current: engine });
    let session: TrainingSession;
    try {
      session = createTrainingSession(this.config, { ...this.options.session, engine });
    } catch (e) {
      this.finish(engine, {
        status: 'unavailable',
        reason: e instanceof EngineRefusedError ? { problem: e.problem } : messageOf(e),
      });
      return;
    }
    this.session = session;
    session.setVisible(this.visible);
    let from: ProgressInfo | null = null;
    this.off = session.on((event) => {
      if (this.session !== session) return;
      if (event.type === 'engine' && event.engine !== engine) {
        this.finish(engine, { status: 'unavailable', reason: { reasons: event.reasons } });
      } else if (event.type === 'error') {
        this.finish(engine, { status: 'unavailable', reason: event.message });
      } else if (event.type === 'diverged') {
        const { type: _type, ...divergence } = event;
        this.update({ phase: 'error', error: divergence });
        this.dropSession();
      } else if (event.type === 'state') {
        const waiting = event.state === 'paused' && event.reason === 'hidden';
        if (waiting && this.snap.phase === 'running') this.update({ phase: 'held' });
        if (event.state === 'running' && this.snap.phase === 'held')
          this.update({ phase: 'running' });
      } else if (event.type === 'progress') {
        if (event.step < this.options.warmupSteps) return;
        if (!from) {
          from = event;
          return;
        }
        const ms = event.elapsedMs - from.elapsedMs;
        if (ms < this.options.budgetMs || event.step === from.step) return;
        const rate = ((event.step - from.step) * 1000) / ms;
        this.finish(engine, {
          status: 'done',
          stepsPerSecond: rate,
          charsPerSecond: rate * this.options.charsPerStep,
        });
      }
    });
    if (this.snap.phase === 'running' || this.snap.phase === 'held') void session.start();
  }

  private finish(engine: EngineKind, patch: Partial<RaceEntry>): void {
    this.setEntry(engine, patch);
    this.dropSession();
    if (this.snap.phase === 'running' || this.snap.phase === 'held') this.next();
    else this.update({ current: null });
  }

  private setEntry(engine: EngineKind, patch: Partial<RaceEntry>): void {
    this.update({
      entries: this.snap.entries.map((e) => (e.engine === engine ? { ...e, ...patch } : e)),
    });
  }

  private dropSession(): void {
    this.off?.();
    this.off = null;
    const session = this.session;
    this.session = null;
    session?.dispose();
  }

  private update(patch: Partial<RaceSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
