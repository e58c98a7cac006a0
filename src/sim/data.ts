import type { Sample } from '../core/model';
import { createRng, type StatefulRng } from '../core/rng';
import type { ResolvedConfig } from './config';

/**
 * The session's stream of training sequences, reproducible from the data seed: a task sampled
 * with a seeded Rng, or explicit samples drawn at random with it (or cycled in order).
 * `restart()` rewinds the stream, so a reset session sees exactly the same sequences again;
 * `seek()` puts it where `position()` said it stood (a run restored from a model file).
 */
export interface DataStream {
  /** The next `n` sequences. */
  next(n: number): Sample[];
  restart(): void;
  /** The generator's state and the index in a cycled list of samples. */
  position(): DataPosition;
  seek(at: DataPosition): void;
}

export interface DataPosition {
  readonly rng: number;
  readonly position: number;
}

export function createDataStream(resolved: ResolvedConfig): DataStream {
  const { task, dataSeed, config } = resolved;
  let rng: StatefulRng = createRng(dataSeed);
  let position = 0;
  const one = (): Sample => {
    if (task) return task.sample(rng);
    if (config.data.kind !== 'samples') throw new Error('no data source');
    const { samples, order = 'random' } = config.data;
    const index =
      order === 'cycle' ? position++ % samples.length : Math.floor(rng.next() * samples.length);
    return samples[index]!;
  };
  return {
    next: (n) => Array.from({ length: n }, one),
    restart() {
      rng = createRng(dataSeed);
      position = 0;
    },
    position: () => ({ rng: rng.state(), position }),
    seek(at) {
      rng = createRng(at.rng);
      position = at.position;
    },
  };
}
