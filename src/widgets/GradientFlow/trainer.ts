import { createModel, type Model } from '../../core/model';
import type { Sample } from '../../core/tasks';
import type { SessionConfig } from '../../sim';
import { runJob } from '../../sim/jobs';
import { onTabVisibility, tabHidden } from '../training/pageVisibility';
import type { ExportSnapshot } from '../training/exportSources';
import { SessionController, type HeldBy } from '../training/sessionController';
import { SESSION_MESSAGES, type SessionWords } from '../training/sessionWords';
import {
  TASK,
  flowParams,
  flowSpec,
  gradientColumn,
  initScheme,
  flowProbeSequence,
  type FlowSettings,
} from '../../core/experiments';

/** Columns of the heatmap kept; training stops when they are full. */
export const MAX_COLUMNS = 40;
/** Threshold of the norm clipping (Pascanu et al. 2013) when clipping is on. */
export const CLIP_NORM = 1;

export interface FlowColumn {
  /** Training steps done when the column was measured. */
  readonly step: number;
  /** ‖term_t‖ for t = 0 … T−1 (see gradientColumn). */
  readonly norms: readonly number[];
  readonly loss: number;
}

export interface FlowHistory {
  readonly srn: readonly FlowColumn[];
  readonly lstm: readonly FlowColumn[];
  /** Set when a session stopped on a non-finite or huge gradient. */
  readonly diverged: string | null;
}

export interface TrainerOptions extends FlowSettings {
  readonly lr: number;
  readonly clip: boolean;
  readonly lstm: boolean;
  readonly every: number;
  /** How a divergence is worded (the page's language); default the session's English. */
  readonly words?: SessionWords;
}

interface Run {
  readonly name: 'srn' | 'lstm';
  readonly model: Model;
  readonly controller: SessionController;
  /** Set on the first training request (the session exists from then), so moving a slider never spawns workers. */
  unsubscribe: (() => void) | null;
  readonly columns: FlowColumn[];
}

/**
 * Trains the SRN (and the LSTM) on the adding problem in training sessions (a Web Worker where
 * there is one), and after every `every` steps measures the per-time-step gradient on one fixed
 * probe sequence with the current weights. Columns arrive through `onChange`.
 */
export class FlowTrainer {
  private readonly runs: Run[];
  private readonly probe: Sample;
  private running = false;
  private disposed = false;
  private diverged: string | null = null;
  /** On screen. Scrolled away, the trainer finishes the column in hand and then holds. */
  private visible = true;
  /** Waiting to be on screen again before the next column. */
  private waiting = false;
  /** The hold last reported through onChange. */
  private reported: HeldBy | null = null;
  private readonly waitingForView: (() => void)[] = [];
  private readonly stopFollowingTab: () => void;

  constructor(
    private readonly options: TrainerOptions,
    private readonly onChange: (
      history: FlowHistory,
      running: boolean,
      held: HeldBy | null,
    ) => void,
  ) {
    this.probe = flowProbeSequence(options.T, options.seed);
    const kinds: ('srn' | 'lstm')[] = options.lstm ? ['srn', 'lstm'] : ['srn'];
    this.runs = kinds.map((name) => {
      const model = createModel(flowSpec(name, options));
      // The sessions draw the same starting weights from the same seed and scheme.
      const start = gradientColumn(model, flowParams(model, options), this.probe);
      // The two sessions take turns inside one loop, so neither preempts the other.
      const controller = new SessionController(sessionConfig(model, options), {
        session: { concurrent: true },
      }).speak(options.words ?? SESSION_MESSAGES);
      const columns = [{ step: 0, norms: start, loss: NaN }];
      return { name, model, controller, unsubscribe: null, columns };
    });
    // A hidden tab holds the sessions and the column's measurement job alike; while the job is
    // the one waiting, no session reports the hold, so the trainer says it itself.
    this.stopFollowingTab = onTabVisibility(() => this.emit());
    this.emit();
  }

  /** The run's controller, its session opened on first use. */
  private open(run: Run): SessionController {
    run.unsubscribe ??= run.controller.subscribe(() => this.follow(run));
    return run.controller;
  }

  /** A run's session changed: note a divergence, and say when it holds for the hidden tab. */
  private follow(run: Run): void {
    const { error, held } = run.controller.getSnapshot();
    if (error && !this.diverged) this.diverged = `${run.name.toUpperCase()}: ${error}`;
    if (held !== this.reported) this.emit();
  }

  /** Waiting for the figure between columns, else what a session waits for. */
  private heldBy(): HeldBy | null {
    if (this.waiting) return 'screen';
    if (this.running && tabHidden()) return 'tab';
    for (const run of this.runs) {
      const held = run.controller.getSnapshot().held;
      if (held) return held;
    }
    return null;
  }

  /** The SRN's or LSTM's settings and current weights, for the "Code" tool. */
  exportSnapshot(name: 'srn' | 'lstm'): ExportSnapshot | null {
    return this.runs.find((run) => run.name === name)?.controller.exportSnapshot() ?? null;
  }

  get isRunning(): boolean {
    return this.running;
  }

  get full(): boolean {
    return this.runs[0]!.columns.length >= MAX_COLUMNS;
  }

  history(): FlowHistory {
    return {
      srn: [...this.runs[0]!.columns],
      lstm: this.runs[1] ? [...this.runs[1].columns] : [],
      diverged: this.diverged,
    };
  }

  /** Trains column after column until paused, diverged or full. */
  async start(): Promise<void> {
    if (this.running || this.disposed) return;
    this.running = true;
    this.emit();
    while (this.running && !this.disposed && !this.full && !this.diverged) await this.advance();
    this.running = false;
    this.emit();
  }

  /**
   * One column: `every` steps of each run, then the measurement. Off screen it first waits to be
   * seen again — between columns, not inside one, so once the trainer says it is holding, no
   * column arrives until the widget is back.
   */
  async advance(): Promise<void> {
    await this.untilVisible();
    if (this.disposed) return;
    for (const run of this.runs) {
      const controller = this.open(run);
      await controller.step(this.options.every);
      const session = controller.session;
      if (this.disposed || !session) return;
      if (session.state === 'diverged' || session.state === 'error') continue;
      const step = session.progress?.step ?? 0;
      const loss = session.progress?.loss ?? NaN;
      const norms = await this.measure(run.model, session.getWeights());
      if (this.disposed) return;
      run.columns.push({ step, norms, loss });
    }
    this.emit();
  }

  /**
   * A column's norms, measured by a background job (in the worker: on the page, each column's
   * backward pass was a task of its own beside three figures' drawing). Where the job fails (a
   * worker that would not start), measured here.
   */
  private async measure(model: Model, params: Float64Array): Promise<number[]> {
    try {
      return await runJob('flowGradientColumn', { spec: model.spec, params, probe: this.probe });
    } catch {
      return gradientColumn(model, params, this.probe);
    }
  }

  /** The widget entered (true) or left (false) the viewport: training waits while it is away. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.release();
  }

  private async untilVisible(): Promise<void> {
    if (this.visible || this.disposed) return;
    this.waiting = true;
    this.emit();
    await new Promise<void>((resolve) => this.waitingForView.push(resolve));
    this.waiting = false;
    this.emit();
  }

  private release(): void {
    for (const resolve of this.waitingForView.splice(0)) resolve();
  }

  pause(): void {
    this.running = false;
    for (const run of this.runs) void run.controller.pause();
  }

  dispose(): void {
    this.disposed = true;
    this.running = false;
    this.release();
    this.stopFollowingTab();
    for (const run of this.runs) run.unsubscribe?.();
  }

  private emit(): void {
    if (this.disposed) return;
    this.reported = this.heldBy();
    this.onChange(this.history(), this.running, this.reported);
  }
}

/** What a run's session trains: the adding problem, from the figure's initial weights. */
function sessionConfig(model: Model, options: TrainerOptions): SessionConfig {
  return {
    spec: model.spec,
    seed: options.seed,
    init: initScheme(options),
    initOptions: { spectralRadius: options.rho },
    train: {
      optimiser: { kind: 'sgd', lr: options.lr },
      ...(options.clip ? { clipNorm: CLIP_NORM } : {}),
    },
    data: { kind: 'task', name: TASK, params: { T: options.T } },
  };
}
