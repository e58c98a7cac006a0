import { createModel, type Model } from '../../core/model';
import type { Sample } from '../../core/tasks';
import { createTrainingSession, type TrainingSession } from '../../sim';
import {
  TASK,
  flowParams,
  flowSpec,
  gradientColumn,
  initScheme,
  probeSequence,
  type FlowSettings,
} from './model';

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
}

interface Run {
  readonly name: 'srn' | 'lstm';
  readonly model: Model;
  /** Created on the first training request, so moving a slider never spawns workers. */
  session: TrainingSession | null;
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
  /** Holding: waiting to be on screen again before the next column. */
  private held = false;
  private readonly waitingForView: (() => void)[] = [];

  constructor(
    private readonly options: TrainerOptions,
    private readonly onChange: (history: FlowHistory, running: boolean, held: boolean) => void,
  ) {
    this.probe = probeSequence(options.T, options.seed);
    const kinds: ('srn' | 'lstm')[] = options.lstm ? ['srn', 'lstm'] : ['srn'];
    this.runs = kinds.map((name) => {
      const model = createModel(flowSpec(name, options));
      // The sessions draw the same starting weights from the same seed and scheme.
      const start = gradientColumn(model, flowParams(model, options), this.probe);
      return { name, model, session: null, columns: [{ step: 0, norms: start, loss: NaN }] };
    });
    this.emit();
  }

  private session(run: Run): TrainingSession {
    if (run.session) return run.session;
    const { options } = this;
    const session = createTrainingSession(
      {
        spec: run.model.spec,
        seed: options.seed,
        init: initScheme(options),
        initOptions: { spectralRadius: options.rho },
        train: {
          optimiser: { kind: 'sgd', lr: options.lr },
          ...(options.clip ? { clipNorm: CLIP_NORM } : {}),
        },
        data: { kind: 'task', name: TASK, params: { T: options.T } },
      },
      // The two sessions take turns inside one loop, so neither preempts the other.
      { concurrent: true },
    );
    session.on((event) => {
      if (event.type === 'diverged' || event.type === 'error')
        this.diverged = `${run.name.toUpperCase()}: ${event.message}`;
    });
    run.session = session;
    return session;
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
      const session = this.session(run);
      await session.step(this.options.every);
      if (this.disposed) return;
      if (session.state === 'diverged' || session.state === 'error') continue;
      const params = session.getWeights();
      run.columns.push({
        step: session.progress?.step ?? 0,
        norms: gradientColumn(run.model, params, this.probe),
        loss: session.progress?.loss ?? NaN,
      });
    }
    this.emit();
  }

  /** The widget entered (true) or left (false) the viewport: training waits while it is away. */
  setVisible(visible: boolean): void {
    this.visible = visible;
    if (visible) this.release();
  }

  private async untilVisible(): Promise<void> {
    if (this.visible || this.disposed) return;
    this.held = true;
    this.emit();
    await new Promise<void>((resolve) => this.waitingForView.push(resolve));
    this.held = false;
    this.emit();
  }

  private release(): void {
    for (const resolve of this.waitingForView.splice(0)) resolve();
  }

  pause(): void {
    this.running = false;
    for (const run of this.runs) void run.session?.pause();
  }

  dispose(): void {
    this.disposed = true;
    this.running = false;
    this.release();
    for (const run of this.runs) run.session?.dispose();
  }

  private emit(): void {
    if (!this.disposed) this.onChange(this.history(), this.running, this.held);
  }
}
