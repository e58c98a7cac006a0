import type { Clock, Yielder } from '../clock';

/**
 * Simulated time for tests: a clock that moves only when told (or by `perCall` ms at every
 * reading, a stand-in for the cost of the work between readings) and a yielder whose deferred
 * callbacks wait in a queue until the test runs them. Seconds of training run in milliseconds,
 * and nothing sleeps.
 */
export class ManualTime implements Clock {
  private t = 0;
  private readonly queue: { fn: () => void; live: boolean }[] = [];
  /** How often the yielder was closed (runners close theirs when disposed). */
  closed = 0;

  constructor(private readonly perCall = 0) {}

  now(): number {
    this.t += this.perCall;
    return this.t;
  }

  /** The time without advancing it. */
  get time(): number {
    return this.t;
  }

  advance(ms: number): void {
    this.t += ms;
  }

  /** Callbacks deferred and not yet run or cancelled. */
  get pending(): number {
    return this.queue.filter((e) => e.live).length;
  }

  readonly yielder: Yielder = {
    defer: (fn) => {
      const entry = { fn, live: true };
      this.queue.push(entry);
      return () => {
        entry.live = false;
      };
    },
    close: () => {
      this.closed++;
    },
  };

  /** Runs the oldest live deferred callback; false when there is none. */
  runNext(): boolean {
    for (;;) {
      const entry = this.queue.shift();
      if (!entry) return false;
      if (!entry.live) continue;
      entry.live = false;
      entry.fn();
      return true;
    }
  }
}

/** Lets queued microtasks and message deliveries finish (a macrotask turn, not a sleep). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs deferred callbacks (letting messages through after each) until `until()` holds. Throws if
 * the work runs out first, or after `maxTurns`, so a test that waits for the wrong thing fails
 * instead of hanging.
 */
export async function drive(time: ManualTime, until: () => boolean, maxTurns = 100_000) {
  for (let turn = 0; turn < maxTurns; turn++) {
    if (until()) return;
    const ran = time.runNext();
    await settle();
    if (!ran && !until() && time.pending === 0) {
      await settle();
      if (time.pending === 0 && !until()) throw new Error('drive: nothing left to run');
    }
  }
  throw new Error(`drive: condition not met after ${maxTurns} turns`);
}
