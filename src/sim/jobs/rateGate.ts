/**
 * Bounds the rate of progress reports: a report is due when `intervalMs` have passed since the
 * last one (the first is due at once). Reports forced at a pause or at the end go through
 * `mark` regardless and restart the interval.
 */
export class RateGate {
  private lastAt = -Infinity;

  constructor(private readonly intervalMs: number) {}

  isDue(now: number): boolean {
    return now - this.lastAt >= this.intervalMs;
  }

  /** A report was sent at `now`. */
  mark(now: number): void {
    this.lastAt = now;
  }

  /** Back to the start: the next report is due at once. */
  reset(): void {
    this.lastAt = -Infinity;
  }
}
