import type { RunnerCommand } from './sessionProtocol';
import type { TypedArraySessionCore } from './typedArraySessionCore';
import { atOnce, SessionRunner } from './sessionRunner';

/**
 * Drives a TypedArraySessionCore, the typed-array engine, in time slices (the shared logic is
 * SessionRunner's). Each step is checked as it is taken, so a slice runs steps until the next
 * one would overrun the slice; progress is reported at once. Commands are carried out at once.
 * The worker and the main-thread fallback use this same class.
 */
export class TypedArrayRunner extends SessionRunner<TypedArraySessionCore> {
  protected readonly reportsAtOnce = true;

  /** Carries out a command at once; throws (for the acknowledgement) when it cannot. */
  handle(command: RunnerCommand): void {
    atOnce(this.commandSteps(command));
  }

  protected runSlice(): void {
    if (this.state !== 'running') return;
    const slice = { steps: 0, diverged: null as string | null };
    let end: number;
    try {
      end = this.fillSlice(() => {
        const { diverged } = this.core.step();
        if (diverged !== null) slice.diverged = diverged;
        else slice.steps++;
        return diverged === null;
      }, this.budget);
    } catch (e) {
      this.fail(e);
      return;
    }
    if (slice.diverged !== null && this.core.lastDivergence) this.diverge(this.core.lastDivergence);
    else atOnce(this.afterSlice(slice.steps, end));
  }

  protected reportAll(now: number): undefined {
    this.emitProgress(this.meter.flush(now, this.core.stats()));
  }

  protected reportIfDue(sliceEnd: number): undefined {
    this.emitProgress(this.meter.due(sliceEnd, this.core.stats()));
  }

  protected loseWebGLContext(): void {
    throw new Error('this session trains on the typed-array engine, not on WebGL');
  }
}
