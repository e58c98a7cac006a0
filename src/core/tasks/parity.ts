import type { Rng } from '../rng';
import { bernoulli, scalar } from './random';
import type { Task } from './types';
import { requireChoice, requireInt } from './validate';

/** 'final': one target at the end; 'running': the parity so far at every step. */
type ParityMode = 'final' | 'running';

/**
 * The parity problem on a bit stream (Bengio, Simard & Frasconi 1994 and Hochreiter &
 * Schmidhuber 1997 list it among the classic recurrent-net benchmarks): inputs are fair coin
 * bits; the target is the XOR of all bits so far — only at the last step in 'final' mode (the
 * hard, long-lag version), at every step in 'running' mode ('binary', one output).
 */
export function parityTask(length: number, mode: ParityMode = 'final'): Task {
  requireInt('length', length, 1);
  requireChoice('mode', mode, ['final', 'running'], `mode must be 'final' or 'running'`);
  return {
    name: mode === 'final' ? 'parity' : 'runningParity',
    inputSize: 1,
    outputSize: 1,
    kind: 'binary',
    symbols: ['bit'],
    sample(rng: Rng) {
      const inputs: Float64Array[] = [];
      const targets: (Float64Array | null)[] = [];
      let parity = 0;
      for (let t = 0; t < length; t++) {
        const b = bernoulli(rng);
        parity ^= b;
        inputs.push(scalar(b));
        targets.push(mode === 'running' || t === length - 1 ? scalar(parity) : null);
      }
      return { inputs, targets };
    },
  };
}
