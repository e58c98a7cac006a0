import type { OutputKind } from '../cells/jordan';
import type { Sample } from '../model/run';
import type { Target } from '../losses';
import { createRng, uniform } from '../rng';

/** A random sequence with a target at most steps (and none at some), for gradient checks. */
export function randomSample(
  seed: number,
  T: number,
  inputSize: number,
  outputSize: number,
  output: OutputKind,
): Sample {
  const rng = createRng(seed);
  const inputs = Array.from({ length: T }, () =>
    Float64Array.from({ length: inputSize }, () => uniform(rng, -1, 1)),
  );
  const targets: Target[] = Array.from({ length: T }, (_, t) => {
    if (t % 3 === 1) return null;
    if (output === 'softmax') return Math.floor(rng.next() * outputSize);
    if (output === 'sigmoid')
      return Float64Array.from({ length: outputSize }, () => (rng.next() < 0.5 ? 0 : 1));
    return Float64Array.from({ length: outputSize }, () => uniform(rng, -1, 1));
  });
  return { inputs, targets };
}
