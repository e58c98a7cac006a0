import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../rng';
import { parityTask } from './parity';
import { value } from './testHelpers';

/** An Rng that replays fixed numbers, for exact examples. */
const replay = (xs: number[]): Rng => {
  let i = 0;
  return { next: () => xs[i++ % xs.length]! };
};

describe('parity', () => {
  it('known example: bits 0,1,0,1 (a draw below 0.5 is a 1)', () => {
    const draws = [0.7, 0.2, 0.9, 0.4];
    const running = parityTask(4, 'running').sample(replay(draws));
    expect(running.inputs.map((x) => x[0])).toEqual([0, 1, 0, 1]);
    expect(running.targets.map(value)).toEqual([0, 1, 1, 0]);
    const final = parityTask(4).sample(replay(draws));
    expect(final.targets.slice(0, 3)).toEqual([null, null, null]);
    expect(value(final.targets[3])).toBe(0);
  });

  it('the final target is the XOR of all bits, running targets the XOR so far', () => {
    const rng = createRng(60);
    for (let i = 0; i < 500; i++) {
      const s = parityTask(17, 'running').sample(rng);
      let sum = 0;
      s.inputs.forEach((x, t) => {
        sum += x[0]!;
        expect(value(s.targets[t])).toBe(sum % 2);
      });
      const f = parityTask(9).sample(rng);
      const total = f.inputs.reduce((a, x) => a + x[0]!, 0);
      expect(value(f.targets[8])).toBe(total % 2);
    }
    expect(() => parityTask(0)).toThrow(/^length must be/);
  });
});
