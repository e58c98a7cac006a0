import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { temporalXorPredictable, temporalXorStream, temporalXorTask } from './temporalXor';
import { value } from './testHelpers';

describe("Elman's temporal XOR", () => {
  it('every third bit is the XOR of the two before it', () => {
    const bits = temporalXorStream(createRng(50), 300);
    for (let i = 2; i < 300; i += 3) expect(bits[i]).toBe(bits[i - 1]! ^ bits[i - 2]!);
  });

  it('exactly the steps flagged predictable have targets determined by the past', () => {
    const length = 12;
    const predictable = temporalXorPredictable(length);
    expect(predictable).toEqual([
      false,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      false,
      false,
      true,
      false,
    ]);
    const task = temporalXorTask(length);
    const rng = createRng(51);
    // counts[t][context] = [n, ones], context = 2 * x_{t-1} + x_t
    const counts = Array.from({ length }, () => Array.from({ length: 4 }, () => [0, 0]));
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const s = task.sample(rng);
      for (let t = 1; t < length; t++) {
        const a = s.inputs[t - 1]![0]!;
        const b = s.inputs[t]![0]!;
        const y = value(s.targets[t]);
        if (predictable[t]) expect(y).toBe(a ^ b);
        const c = counts[t]![2 * a + b]!;
        c[0]!++;
        c[1]! += y;
      }
    }
    for (let t = 1; t < length; t++) {
      if (predictable[t]) continue;
      // unpredictable: the next bit is a fair coin whatever the last two inputs were
      for (const [m, ones] of counts[t]!) {
        expect(Math.abs(ones! / m! - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / m!));
      }
    }
  });
});
