import { RateGate } from './rateGate';
import { Slicer, type SliceEnvironment, type SliceTiming } from './slicer';
import type { JobDefinition, Report, RunnerJobEvent } from './types';

/**
 * Runs one job, the same code in a worker and on the main thread: a generator in slices (the
 * shared Slicer), taking a snapshot at a bounded rate (RateGate), and always one marked `paused`
 * when it stops and one marked `final` at the end; a function in one go. After cancel nothing
 * is emitted. A job that throws is reported as an 'error' event, never thrown further.
 */
export class JobRunner<I, P, R> {
  private readonly slicer: Slicer;
  private readonly gate: RateGate;
  private work: Generator<Report<P>, R, void> | null = null;
  private report: Report<P> | null = null;
  private fresh = false;
  private running = false;
  private over = false;

  constructor(
    private readonly definition: JobDefinition<I, P, R>,
    private readonly input: I,
    private readonly emit: (event: RunnerJobEvent<P, R>) => void,
    timing: SliceTiming = {},
    environment: SliceEnvironment = {},
  ) {
    this.slicer = new Slicer(timing, environment);
    this.gate = new RateGate(timing.progressIntervalMs ?? 120);
  }

  start(): void {
    if (this.over || this.running) return;
    this.running = true;
    this.slicer.schedule(() => this.slice());
  }

  /** Stops at the next pause point: the last snapshot (marked `paused`), then 'paused'. */
  pause(): void {
    if (this.over || !this.running) return;
    this.running = false;
    this.slicer.cancel();
    if (this.report) this.send(true, false);
    this.emit({ type: 'paused' });
  }

  resume(): void {
    this.start();
  }

  /** Stops for good; nothing is emitted afterwards. */
  cancel(): void {
    if (this.over) return;
    this.over = true;
    this.running = false;
    this.slicer.close();
    try {
      this.work?.return(undefined as R);
    } catch {
      // A generator's cleanup that throws changes nothing: the job is over.
    }
  }

  private slice(): void {
    if (!this.running) return;
    try {
      if (this.definition.shape === 'function') {
        // One call: a function cannot be cut into slices (see types.ts).
        this.finish(this.definition.run(this.input));
        return;
      }
      this.work ??= this.definition.run(this.input);
      const work = this.work;
      let ended: { value: R } | null = null;
      this.slicer.fill(() => {
        const next = work.next();
        if (next.done) {
          ended = { value: next.value };
          return false;
        }
        this.report = next.value;
        this.fresh = true;
        return true;
      });
      if (ended) {
        this.finish((ended as { value: R }).value);
        return;
      }
    } catch (error) {
      this.fail(error);
      return;
    }
    if (this.fresh && this.gate.isDue(this.slicer.clock.now())) this.send(false, false);
    if (this.running) this.slicer.schedule(() => this.slice());
  }

  private send(paused: boolean, final: boolean): void {
    const report = this.report;
    if (!report) return;
    const now = this.slicer.clock.now();
    const progress = report({ now, final: paused || final });
    this.gate.mark(now);
    this.fresh = false;
    this.emit({ type: 'progress', progress, paused, final });
  }

  private finish(result: R): void {
    if (this.report) this.send(false, true);
    this.end();
    this.emit({ type: 'done', result });
  }

  private fail(error: unknown): void {
    this.end();
    this.emit({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }

  private end(): void {
    this.over = true;
    this.running = false;
    this.slicer.close();
  }
}
