import { natsToBits } from '../../core/charModel';
import type { ModelSpec } from '../../core/model';
import type { OptimiserSpec } from '../../core/train';
import {
  createTrainingSession,
  type EngineInfo,
  type EngineRequest,
  type SessionConfig,
  type SessionOptions,
  type SessionState,
  type TrainingSession,
} from '../../sim';
import { messageOf, resumeWork, takeWork } from '../training/carry';

/** Where the weights the model holds came from. */
export type WeightsSource = 'init' | 'shipped' | 'file' | 'storage' | 'trained';

export interface TrainSettings {
  readonly seqLen: number;
  readonly batch: number;
  readonly lr: number;
  readonly optimiser: 'sgd' | 'momentum' | 'rmsprop' | 'adam';
  /** 0: no clipping. */
  readonly clip: number;
  /** What trains (the engine badge's choice); switching keeps the weights like any setting here. */
  readonly engine: EngineRequest;
}

export interface TrainerSnapshot {
  readonly state: SessionState;
  /** The session's config (which engines can train it); null before the first configure. */
  readonly config: SessionConfig | null;
  /** The engine training now, where and why; null while it starts. */
  readonly engine: EngineInfo | null;
  /** WebGL's context was lost on this page (the badge offers WebGL no more). */
  readonly webglLost: boolean;
  /** Steps since the weights were last drawn or loaded (kept across lr/clip changes). */
  readonly step: number;
  /** Smoothed training loss, nats and bits per character; null before the first step. */
  readonly lossNats: number | null;
  /** Characters trained per second (steps/s × batch × sequence length). */
  readonly symbolsPerSecond: number;
  readonly history: readonly { readonly step: number; readonly bits: number }[];
  /** A divergence or session error, for the reader. */
  readonly message: string | null;
  readonly source: WeightsSource;
  /** Bumps whenever the weights may have changed. */
  readonly version: number;
}

const MAX_HISTORY = 1500;

export function optimiserSpec(kind: TrainSettings['optimiser'], lr: number): OptimiserSpec {
  switch (kind) {
    case 'sgd':
      return { kind: 'sgd', lr };
    case 'momentum':
      return { kind: 'momentum', lr, momentum: 0.9 };
    case 'rmsprop':
      return { kind: 'rmsprop', lr };
    case 'adam':
      return { kind: 'adam', lr };
  }
}

/** Halves a long history by keeping every other point, so the curve stays cheap to draw. */
function thin<T>(points: T[]): T[] {
  return points.length <= MAX_HISTORY ? points : points.filter((_, i) => i % 2 === 0);
}

/**
 * Owns the CharRNN widget's training session (no React here). Changing the model (text, cell,
 * sizes) builds a new session with fresh weights; changing how it trains (sequence length,
 * batch, learning rate, optimiser, clipping, engine) builds a new session that continues from
 * the current weights, keeping the step count and the loss history (optimiser moments restart),
 * with the carry-over TrainingController uses for its engine switches (../training/carry.ts).
 * It does not build on TrainingController because that one rebuilds with fresh weights on any
 * new config, while here only a new model does — and it keeps the loss history and where the
 * weights came from, which a character model's panels need.
 */
export class CharTrainer {
  private session: TrainingSession | null = null;
  private modelKey = '';
  private trainKey = '';
  private offset = 0;
  private pending: { weights: Float64Array; source: WeightsSource } | null = null;
  private listeners = new Set<() => void>();
  private snap: TrainerSnapshot = {
    state: 'idle',
    config: null,
    engine: null,
    webglLost: false,
    step: 0,
    lossNats: null,
    symbolsPerSecond: 0,
    history: [],
    message: null,
    source: 'init',
    version: 0,
  };

  constructor(private readonly options: SessionOptions = {}) {}

  get snapshot(): TrainerSnapshot {
    return this.snap;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get current(): TrainingSession | null {
    return this.session;
  }

  /**
   * Builds or rebuilds the session for this model and these settings (see the class comment).
   * A config the session refuses leaves the current session as it was, with a message.
   */
  configure(spec: ModelSpec, text: string, train: TrainSettings): void {
    const modelKey = JSON.stringify(spec) + '\u0000' + text;
    const trainKey = JSON.stringify(train);
    if (modelKey === this.modelKey && trainKey === this.trainKey && this.session) return;
    const old = this.session;
    const sameModel = modelKey === this.modelKey && old !== null;
    let session: TrainingSession;
    try {
      session = createTrainingSession(
        {
          spec,
          seed: 1,
          train: {
            optimiser: optimiserSpec(train.optimiser, train.lr),
            ...(train.clip > 0 ? { clipNorm: train.clip } : {}),
          },
          data: { kind: 'task', name: 'charCorpus', params: { text, seqLength: train.seqLen } },
          batchSize: train.batch,
        },
        { ...this.options, engine: train.engine },
      );
    } catch (e) {
      // A config the session refuses (it says why): keep the current session and weights.
      this.update({ message: messageOf(e) });
      return;
    }
    const carried = sameModel ? takeWork(old, this.offset) : null;
    old?.dispose();
    this.modelKey = modelKey;
    this.trainKey = trainKey;
    this.session = session;
    session.on((event) => this.receive(session, event));
    this.offset = carried?.step ?? 0;
    if (!sameModel) this.update({ history: [], lossNats: null, source: 'init', step: 0 });
    this.update({
      config: session.config,
      engine: session.engine,
      state: session.state,
      message: null,
    });
    const pending = this.pending;
    this.pending = null;
    if (pending && pending.weights.length === session.model.layout.size) {
      this.applyWeights(pending.weights, pending.source);
    } else if (carried) {
      resumeWork(
        session,
        carried,
        (message) => this.update({ message }),
        () => this.session === session,
      );
    }
  }

  start(): void {
    this.update({ message: null });
    void this.session?.start();
  }

  pause(): void {
    void this.session?.pause();
  }

  step(n = 1): Promise<void> {
    this.update({ message: null });
    return this.session?.step(n) ?? Promise.resolve();
  }

  /** Back to the seed's initial weights, with the history cleared. */
  resetWeights(): void {
    this.offset = 0;
    this.update({ history: [], lossNats: null, step: 0, source: 'init', message: null });
    void this.session?.reset().then(() => this.bump());
  }

  /**
   * Puts weights into the model (a file, the browser's storage, the shipped model). When the
   * session is about to be rebuilt for a new architecture, `whenRebuilt` keeps them until then.
   */
  applyWeights(weights: Float64Array, source: WeightsSource, whenRebuilt = false): void {
    const session = this.session;
    if (whenRebuilt) {
      this.pending = { weights, source };
      return;
    }
    // Weights for a model the reader has since changed are stale: drop them.
    if (!session || weights.length !== session.model.layout.size) return;
    this.offset = 0;
    this.update({ history: [], lossNats: null, step: 0, source, message: null });
    session.setWeights(weights).then(
      () => this.bump(),
      (e: unknown) => this.update({ message: messageOf(e) }),
    );
  }

  getWeights(): Float64Array | null {
    return this.session?.getWeights() ?? null;
  }

  setVisible(visible: boolean): void {
    this.session?.setVisible(visible);
  }

  dispose(): void {
    this.session?.dispose();
    this.session = null;
    this.modelKey = '';
    this.trainKey = '';
  }

  private receive(
    session: TrainingSession,
    event: Parameters<Parameters<TrainingSession['on']>[0]>[0],
  ) {
    if (session !== this.session) return;
    switch (event.type) {
      case 'progress': {
        const step = this.offset + event.step;
        const bits = natsToBits(event.lossSmoothed);
        this.update({
          step,
          lossNats: event.lossSmoothed,
          symbolsPerSecond: event.symbolsPerSecond,
          history: thin([...this.snap.history, { step, bits }]),
          source: 'trained',
          version: this.snap.version + 1,
        });
        break;
      }
      case 'state':
        this.update({ state: event.state, version: this.snap.version + 1 });
        break;
      case 'engine': {
        const { type: _type, ...info } = event;
        this.update({
          engine: info,
          webglLost: this.snap.webglLost || info.cause === 'lost-context',
        });
        break;
      }
      case 'diverged':
        this.update({ message: event.message });
        break;
      case 'error':
        this.update({ message: event.message });
        break;
    }
  }

  private bump(): void {
    this.update({ version: this.snap.version + 1 });
  }

  private update(patch: Partial<TrainerSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
