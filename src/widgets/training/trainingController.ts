import {
  createTrainingSession,
  type EngineInfo,
  type EngineRequest,
  type ProgressInfo,
  type SessionConfig,
  type SessionOptions,
  type SessionState,
  type TrainingSession,
} from '../../sim';
import { messageOf, resumeWork, takeWork, type CarriedWork } from './carry';

/**
 * What a widget's session looks like to React: one immutable snapshot per change, for
 * useSyncExternalStore. `progress.step` counts on across engine switches.
 */
export interface TrainingSnapshot {
  readonly session: TrainingSession | null;
  readonly state: SessionState;
  readonly progress: ProgressInfo | null;
  readonly engine: EngineInfo | null;
  readonly requestedEngine: EngineRequest;
  /** Why the session stopped (divergence, engine error) or was refused (bad config); else null. */
  readonly error: string | null;
  /** WebGL's context was lost on this page: the badge disables WebGL from then on. */
  readonly webglLost: boolean;
}

/**
 * Owns a widget's TrainingSession outside React: creates it when the first component
 * subscribes, disposes it when the last one leaves (so StrictMode's mount–unmount–mount and
 * unmounting both clean up), rebuilds it on a new config, and — on setEngine — rebuilds it on
 * the new engine carrying the weights, the step count and whether it was training.
 */
export class TrainingController {
  private snapshot: TrainingSnapshot;
  private readonly listeners = new Set<() => void>();
  private session: TrainingSession | null = null;
  private unsubscribe: (() => void) | null = null;
  private offset = 0;

  constructor(
    private config: SessionConfig,
    private readonly options: Omit<SessionOptions, 'engine'>,
    engine: EngineRequest,
  ) {
    this.snapshot = {
      session: null,
      state: 'idle',
      progress: null,
      engine: null,
      requestedEngine: engine,
      error: null,
      webglLost: false,
    };
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.connect(null);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.disconnect();
    };
  };

  readonly getSnapshot = (): TrainingSnapshot => this.snapshot;

  /** A new config: a fresh session (weights are not carried: the model may differ). */
  setConfig(config: SessionConfig): void {
    if (config === this.config) return;
    this.config = config;
    if (this.listeners.size === 0) return;
    this.disconnect();
    this.connect(null);
  }

  /** Moves training to another engine; the reader's work comes along. */
  readonly setEngine = (engine: EngineRequest): void => {
    if (engine === this.snapshot.requestedEngine) return;
    const carried = takeWork(this.session, this.offset);
    this.update({ requestedEngine: engine });
    if (this.listeners.size === 0) return;
    this.disconnect();
    this.connect(carried);
  };

  private update(change: Partial<TrainingSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of [...this.listeners]) l();
  }

  private connect(carried: CarriedWork | null): void {
    let session: TrainingSession;
    try {
      session = createTrainingSession(this.config, {
        ...this.options,
        engine: this.snapshot.requestedEngine,
      });
    } catch (e) {
      this.update({ session: null, engine: null, progress: null, error: messageOf(e) });
      return;
    }
    this.session = session;
    this.offset = carried?.step ?? 0;
    this.unsubscribe = session.on((event) => {
      switch (event.type) {
        case 'progress': {
          const { type: _type, ...info } = event;
          this.update({ progress: { ...info, step: info.step + this.offset } });
          break;
        }
        case 'state': {
          if (event.reason === 'reset') this.offset = 0;
          this.update({
            state: event.state,
            ...(event.reason === 'reset' ? { progress: null, error: null } : {}),
            ...(event.reason === 'weights' ? { error: null } : {}),
          });
          break;
        }
        case 'engine': {
          const { type: _type, ...info } = event;
          this.update({
            engine: info,
            webglLost: this.snapshot.webglLost || info.cause === 'lost-context',
          });
          break;
        }
        case 'diverged':
        case 'error':
          this.update({ error: event.message });
          break;
      }
    });
    this.update({
      session,
      state: session.state,
      engine: session.engine,
      progress: null,
      error: null,
    });
    if (carried) resumeWork(session, carried, (error) => this.update({ error }));
  }

  private disconnect(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session?.dispose();
    this.session = null;
  }
}
