import * as tf from '@tensorflow/tfjs-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECK_CELLS, checkBlocks, checkProblem } from '../core/gradientCheck';
import { relativeError } from '../core/handmade';
import { lossAndGradient } from '../core/model';
import { relativeError as normRelativeError } from '../core/testing';
import { checkBackend, startCheckBackend, tfAutodiffGradient } from './gradientCheck';

beforeAll(startCheckBackend);

describe.each(CHECK_CELLS)('tfjs autodiff of the gradient check’s %s', (cell) => {
  it('agrees with the float64 BPTT gradient to about 1e-4, block by block, and leaks no tensor', () => {
    const problem = checkProblem({ cell, hidden: 6, steps: 10, seed: 2 });
    const core = lossAndGradient(problem.model, problem.params, problem.sample);
    const before = tf.memory().numTensors;
    const ours = tfAutodiffGradient(problem);
    expect(tf.memory().numTensors).toBe(before);
    expect(checkBackend()).toBe('cpu');
    expect(Math.abs(ours.loss - core.loss) / core.loss).toBeLessThan(1e-5);
    for (const b of checkBlocks(problem)) {
      const end = b.offset + b.rows * b.cols;
      const a = core.grad.subarray(b.offset, end);
      const t = ours.grad.subarray(b.offset, end);
      expect(normRelativeError(a, t)).toBeLessThan(1e-4);
      // Entry by entry too, for every entry that is not tiny beside its block.
      const scale = Math.max(...a.map(Math.abs));
      a.forEach((v, i) => {
        if (Math.abs(v) > 1e-2 * scale) expect(relativeError(v, t[i]!)).toBeLessThan(1e-4);
      });
    }
    // float32, not float64: it does not agree to the last digits.
    expect(normRelativeError(core.grad, ours.grad)).toBeGreaterThan(1e-12);
  });
});
