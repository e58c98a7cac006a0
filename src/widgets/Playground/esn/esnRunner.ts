import type { EsnCarried, EsnStepInput, EsnStepResult } from '../../../core/experiments';
import type { Point } from '../history';

/** What the views draw of the latest fit. */
export interface EsnLatest {
  readonly step: number;
  readonly sequences: number;
  readonly rows: number;
  readonly nonzero: number;
  readonly prediction: Float64Array;
  readonly target: Float64Array;
  readonly states: readonly Float64Array[];
}

export interface EsnRunState {
  readonly step: number;
  /** A step is at work (or more are wanted after it). */
  readonly running: boolean;
  /** Against the training sequences seen (Point.step counts sequences). */
  readonly losses: readonly Point[];
  readonly metrics: readonly Point[];
  readonly latest: EsnLatest | null;
  readonly error: string | null;
}

export const initialEsnRun: EsnRunState = {
  step: 0,
  running: false,
  losses: [],
  metrics: [],
  latest: null,
  error: null,
};

/** Runs one step (the job 'playgroundEsn' in the page; the function itself in tests). */
export type EsnStepper = (input: EsnStepInput) => Promise<EsnStepResult>;

function afterStep(run: EsnRunState, result: EsnStepResult, seconds: number): EsnRunState {
  const step = run.step + 1;
  const { sequences } = result.carried;
  return {
    ...run,
    step,
    losses: [...run.losses, { step: sequences, value: result.loss, seconds }],
    metrics: [...run.metrics, { step: sequences, value: result.evaluation.metric, seconds }],
    latest: {
      step,
      sequences,
      rows: result.rows,
      nonzero: result.nonzero,
      prediction: result.evaluation.prediction,
      target: result.evaluation.target,
      states: result.evaluation.states,
    },
  };
}

/**
 * The echo state network's run for one composition: a step adds the next training sequences to
 * the readout's sums and solves the readout again (one job); the next step starts when it is
 * back. Play runs steps up to a goal, pause lets the step at work finish and starts no other,
 * reset forgets the fit; a step that comes back after a reset or dispose is ignored.
 */
export class EsnRunner {
  private state: EsnRunState = initialEsnRun;
  private readonly listeners = new Set<() => void>();
  private carried: EsnCarried | null = null;
  private generation = 0;
  private busy = false;
  private done = 0;
  private goal = 0;
  private seconds = 0;

  constructor(
    private readonly stepper: EsnStepper,
    private readonly base: Omit<EsnStepInput, 'carried'>,
  ) {}

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  readonly getSnapshot = () => this.state;

  private set(next: EsnRunState) {
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Steps until `steps` have been taken. */
  play(steps: number) {
    this.goTo(Math.max(steps, this.done + 1));
  }
  stepOnce() {
    this.goTo(this.done + 1);
  }
  pause() {
    this.goal = this.done + (this.busy ? 1 : 0);
    this.set({ ...this.state, running: this.busy });
  }
  reset() {
    this.generation++;
    this.carried = null;
    this.busy = false;
    this.done = this.goal = this.seconds = 0;
    this.set(initialEsnRun);
  }
  /** Ignores whatever is at work; nothing starts again. */
  dispose() {
    this.generation++;
    this.goal = this.done;
  }

  private goTo(goal: number) {
    this.goal = goal;
    this.set({ ...this.state, running: true, error: null });
    this.advance();
  }

  private advance() {
    if (this.busy) return;
    if (this.done >= this.goal) {
      if (this.state.running) this.set({ ...this.state, running: false });
      return;
    }
    this.busy = true;
    const started = performance.now();
    const generation = this.generation;
    this.stepper({ ...this.base, carried: this.carried }).then(
      (result) => {
        if (generation !== this.generation) return;
        this.busy = false;
        this.carried = result.carried;
        this.done++;
        this.seconds += (performance.now() - started) / 1000;
        this.set(afterStep(this.state, result, this.seconds));
        this.advance();
      },
      (e: unknown) => {
        if (generation !== this.generation) return;
        this.busy = false;
        this.goal = this.done;
        const error = e instanceof Error ? e.message : String(e);
        this.set({ ...this.state, running: false, error });
      },
    );
  }
}
