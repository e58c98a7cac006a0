import { createYielder, performanceClock, type Clock, type Yielder } from '../clock';

/** Slice length and progress rate; numbers only, so it can cross to a worker. */
export interface SliceTiming {
  /** Longest run of work before yielding to the event loop, ms. Default 8. */
  readonly sliceMs?: number;
  /** Least time between two progress reports, ms. Default 100 (training), 120 (jobs). */
  readonly progressIntervalMs?: number;
}

/** The clock and yielder a slicer runs on; tests inject simulated ones (testing/manualTime.ts). */
export interface SliceEnvironment {
  readonly clock?: Clock;
  readonly yielder?: Yielder;
}

/**
 * The one time slicer of src/sim, shared by training sessions and jobs, in a worker or on the
 * main thread: it runs steps of work until the next one would overrun the slice (judged by a
 * running estimate of a step's cost), then yields to the event loop so input — or, in a worker,
 * pause and visibility messages — gets through before the next slice.
 */
export class Slicer {
  readonly clock: Clock;
  private readonly yielder: Yielder;
  private readonly sliceMs: number;
  private estimate = 0;
  private pending: (() => void) | null = null;

  constructor(timing: SliceTiming = {}, environment: SliceEnvironment = {}) {
    this.clock = environment.clock ?? performanceClock;
    this.yielder = environment.yielder ?? createYielder();
    this.sliceMs = timing.sliceMs ?? 8;
  }

  /**
   * Calls `step` until the next call would overrun the slice, `step` returns false, or it has
   * been called `most` times; returns the time the last call ended.
   */
  fill(step: () => boolean, most = Infinity): number {
    const start = this.clock.now();
    let now = start;
    for (let calls = 0; calls < most;) {
      const more = step();
      calls++;
      const after = this.clock.now();
      const cost = after - now;
      now = after;
      this.estimate = this.estimate === 0 ? cost : 0.7 * this.estimate + 0.3 * cost;
      if (!more || now - start + this.estimate > this.sliceMs) break;
    }
    return now;
  }

  /** Runs `slice` soon, after the event loop has had its turn, unless one is already scheduled. */
  schedule(slice: () => void): void {
    this.pending ??= this.yielder.defer(() => {
      this.pending = null;
      slice();
    });
  }

  /** Drops the scheduled slice, if any. */
  cancel(): void {
    this.pending?.();
    this.pending = null;
  }

  /** Cancels and releases the yielder; the slicer must not be used afterwards. */
  close(): void {
    this.cancel();
    this.yielder.close();
  }
}
