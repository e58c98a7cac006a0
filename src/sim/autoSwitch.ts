import type { Clock, Yielder } from './clock';
import type { ResolvedConfig } from './config';
import { EngineTimings, type AutoCandidate, type MeasureTiming } from './engineTimings';
import type { RunnerEvent } from './sessionProtocol';
import type { TypedArraySessionCore } from './typedArraySessionCore';
import type { EngineReason, MeasuredRate } from './engineReasons';
import type { EngineKind } from './types';

/** A faster engine must beat the current one by this share before 'auto' moves the session. */
export const SWITCH_MARGIN = 0.1;

export interface AutoSwitchOptions extends MeasureTiming {
  readonly clock: Clock;
  readonly yielder: Yielder;
  /** Says which engine trains now and why (the session's 'engine' event). */
  readonly announce: (candidate: AutoCandidate, reason: EngineReason) => void;
  readonly margin?: number;
}

/**
 * The engine auto keeps after measuring `rates`: the fastest candidate if it beats `current` by
 * more than `margin`, else `current`.
 */
export function keepOrMove<C extends { readonly engine: EngineKind }>(
  rates: Partial<Record<EngineKind, number>>,
  current: C,
  candidates: readonly C[],
  margin = SWITCH_MARGIN,
): C {
  const best = fastest(rates, candidates);
  return (rates[best.engine] ?? 0) > (1 + margin) * (rates[current.engine] ?? 0) ? best : current;
}

function fastest<C extends { readonly engine: EngineKind }>(
  rates: Partial<Record<EngineKind, number>>,
  candidates: readonly C[],
): C {
  return candidates.reduce((a, b) => ((rates[b.engine] ?? 0) > (rates[a.engine] ?? 0) ? b : a));
}

/**
 * 'auto' without a wait: the session starts training at once on a guess, and this measures every
 * candidate in the background — in the thread that trains, one chunk of at most a few
 * milliseconds after each training slice, only while the session runs — then moves the session
 * to the fastest engine if it beats the current one by more than SWITCH_MARGIN. The move swaps
 * the trainer under the session core between two slices (TypedArraySessionCore.switchTrainer):
 * the weights, the optimiser's moments and update count, the step counters and the data stream
 * all carry on. It decides once per session; a reader's explicit engine never comes here.
 */
export class AutoSwitch {
  private timings: EngineTimings | null = null;
  private cancel: (() => void) | null = null;
  private stepsSeen = -1;
  private decided = false;

  constructor(
    private readonly resolved: ResolvedConfig,
    private readonly core: TypedArraySessionCore,
    private current: AutoCandidate,
    private readonly candidates: readonly AutoCandidate[],
    private readonly options: AutoSwitchOptions,
  ) {}

  /** Follows the runner's events: measures while it runs, stops when it stops. */
  observe(event: RunnerEvent): void {
    if (event.type !== 'state') return;
    if (event.state === 'running') this.resume();
    else this.hold();
  }

  /** The engine training now. */
  get engine(): EngineKind {
    return this.current.engine;
  }

  private resume(): void {
    if (this.decided || this.cancel) return;
    this.stepsSeen = this.core.stepCount;
    this.later();
  }

  private hold(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private later(): void {
    this.cancel = this.options.yielder.defer(() => this.tick());
  }

  private tick(): void {
    this.cancel = null;
    if (this.decided) return;
    // Measure only after a training slice: the first step never waits for a measurement, and
    // no two chunks run back to back.
    if (this.core.stepCount === this.stepsSeen) return this.later();
    this.timings ??= new EngineTimings(
      this.resolved,
      this.candidates,
      this.core.getWeights(),
      this.options.clock,
      this.options,
    );
    const done = this.timings.chunk();
    this.stepsSeen = this.core.stepCount;
    if (done) this.decide(this.timings.rates());
    else this.later();
  }

  private decide(rates: Partial<Record<EngineKind, number>>): void {
    this.decided = true;
    const margin = this.options.margin ?? SWITCH_MARGIN;
    const best = fastest(rates, this.candidates);
    const rateOf = (c: AutoCandidate): MeasuredRate => ({
      engine: c.engine,
      rate: rates[c.engine] ?? 0,
      ...(c.wasmBuild === 'scalar' ? { scalar: true } : {}),
    });
    const measured = this.candidates.map(rateOf);
    if (keepOrMove(rates, this.current, this.candidates, margin) !== this.current) {
      const from = this.current;
      this.core.switchTrainer(best.trainers());
      this.current = best;
      this.options.announce(best, {
        code: 'autoSwitched',
        step: this.core.stepCount,
        from: rateOf(from),
        to: rateOf(best),
        measured,
      });
      return;
    }
    this.options.announce(this.current, {
      code: 'autoKept',
      engine: rateOf(this.current),
      measured,
      margin: best.engine === this.current.engine ? null : margin,
    });
  }
}
