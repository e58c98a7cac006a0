import { natsToBits } from '../../core/charModel';
import type { ModelSpec } from '../../core/model';
import type { OptimiserSpec } from '../../core/train';
import type {
  Divergence,
  EngineInfo,
  EngineRequest,
  SessionConfig,
  SessionOptions,
  SessionState,
  TrainingSession,
} from '../../sim';
import {
  SessionController,
  type ControllerEvent,
  type HeldBy,
  type SessionSnapshot,
} from '../training/sessionController';

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
  /** Training waits for the reader (tab hidden, figure off screen). */
  readonly held: HeldBy | null;
  readonly source: WeightsSource;
  /** Why training last stopped on a diverging step (the reader's steps); else null. */
  readonly divergence: CharTraining['divergence'];
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

/** What the character model's panels keep beside the session's own state. */
export interface CharTraining {
  readonly lossNats: number | null;
  readonly symbolsPerSecond: number;
  readonly history: readonly { readonly step: number; readonly bits: number }[];
  readonly source: WeightsSource;
  readonly version: number;
  /** Why training last stopped on a diverging step (steps in the reader's count); else null. */
  readonly divergence: Omit<Divergence, 'message'> | null;
}

const untrained: CharTraining = {
  lossNats: null,
  symbolsPerSecond: 0,
  history: [],
  source: 'init',
  version: 0,
  divergence: null,
};

/** How the session's events change the panels' state: the loss history grows with progress. */
function follow(extra: CharTraining, event: ControllerEvent): CharTraining {
  if (event.type === 'state')
    return {
      ...extra,
      version: extra.version + 1,
      divergence: event.state === 'diverged' ? extra.divergence : null,
    };
  if (event.type === 'diverged') {
    // The session went back to the kept weights: so does the curve.
    const { type: _type, message: _message, ...divergence } = event;
    const history = extra.history.filter((p) => p.step <= event.keptStep);
    const last = history[history.length - 1];
    return {
      ...extra,
      history,
      lossNats: last ? last.bits * Math.LN2 : null,
      divergence,
      version: extra.version + 1,
    };
  }
  if (event.type !== 'progress') return extra;
  // A report with no step behind it (the count rolled back to 0 by the divergence guard) has
  // no loss to draw.
  if (!Number.isFinite(event.lossSmoothed)) return { ...extra, version: extra.version + 1 };
  return {
    divergence: null,
    lossNats: event.lossSmoothed,
    symbolsPerSecond: event.symbolsPerSecond,
    history: thin([...extra.history, { step: event.step, bits: natsToBits(event.lossSmoothed) }]),
    source: 'trained',
    version: extra.version + 1,
  };
}

/** The panels' snapshot from the controller's. */
export function trainerSnapshot(s: SessionSnapshot<CharTraining>): TrainerSnapshot {
  return {
    ...s.extra,
    state: s.state,
    config: s.config,
    engine: s.engine,
    webglLost: s.webglLost,
    step: s.step,
    message: s.error,
    held: s.held,
  };
}

/**
 * The CharRNN widget's rules over its SessionController (no React here). Changing the model
 * (text, cell, sizes) builds a new session with fresh weights; changing how it trains (sequence
 * length, batch, learning rate, optimiser, clipping, engine) builds a new session that carries
 * the current weights, the step count and the running state (optimiser moments restart). The loss
 * history and where the weights came from ride along as the controller's extra state.
 */
export class CharTrainer {
  readonly controller: SessionController<CharTraining>;
  private modelKey = '';
  private trainKey = '';
  private pending: { weights: Float64Array; source: WeightsSource } | null = null;

  constructor(options: Omit<SessionOptions, 'engine'> = {}) {
    this.controller = new SessionController<CharTraining>(null, {
      session: options,
      extra: { initial: untrained, reduce: follow },
    });
  }

  get snapshot(): TrainerSnapshot {
    return trainerSnapshot(this.controller.getSnapshot());
  }

  get current(): TrainingSession | null {
    return this.controller.session;
  }

  /**
   * Builds or rebuilds the session for this model and these settings (see the class comment).
   * A config the session refuses leaves the current session as it was, with a message.
   */
  configure(spec: ModelSpec, text: string, train: TrainSettings): void {
    const modelKey = JSON.stringify(spec) + '\u0000' + text;
    const trainKey = JSON.stringify(train);
    if (modelKey === this.modelKey && trainKey === this.trainKey) return;
    const sameModel = modelKey === this.modelKey;
    const config: SessionConfig = {
      spec,
      seed: 1,
      train: {
        optimiser: optimiserSpec(train.optimiser, train.lr),
        ...(train.clip > 0 ? { clipNorm: train.clip } : {}),
      },
      data: { kind: 'task', name: 'charCorpus', params: { text, seqLength: train.seqLen } },
      batchSize: train.batch,
    };
    if (!this.controller.configure(config, { carry: sameModel, engine: train.engine })) return;
    this.modelKey = modelKey;
    this.trainKey = trainKey;
    const pending = this.pending;
    this.pending = null;
    if (pending) this.applyWeights(pending.weights, pending.source);
  }

  start(): void {
    void this.controller.start();
  }

  pause(): void {
    void this.controller.pause();
  }

  step(n = 1): Promise<void> {
    return this.controller.step(n);
  }

  /** Back to the seed's initial weights, with the history cleared. */
  resetWeights(): void {
    this.controller.setExtra((e) => ({ ...untrained, version: e.version + 1 }));
    void this.controller.reset();
  }

  /**
   * Puts weights into the model (a file, the browser's storage, the shipped model). When the
   * session is about to be rebuilt for a new architecture, `whenRebuilt` keeps them until then.
   */
  applyWeights(weights: Float64Array, source: WeightsSource, whenRebuilt = false): void {
    if (whenRebuilt) {
      this.pending = { weights, source };
      return;
    }
    const session = this.controller.session;
    // Weights for a model the reader has since changed are stale: drop them.
    if (!session || weights.length !== session.model.layout.size) return;
    this.controller.setExtra((e) => ({ ...untrained, source, version: e.version + 1 }));
    void this.controller.setWeights(weights, true);
  }

  getWeights(): Float64Array | null {
    return this.controller.session?.getWeights() ?? null;
  }
}
