import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../core/gradientCheck';
import { relativeError } from '../core/testing';
import { gradientCheckJob } from './gradientCheckJob';

describe('the GradientCheck job', () => {
  it('reports the core check entry by entry, then adds tfjs autodiff from the CPU backend', async () => {
    const settings = { cell: 'gru', hidden: 4, steps: 6, seed: 5, h: 1e-5, perBlock: 6 } as const;
    const job = gradientCheckJob(settings);
    const done: number[] = [];
    const at = { now: 0, final: false };
    for (;;) {
      const next = job.next();
      if (next.done) {
        const core = gradientCheck(settings);
        expect(next.value.blocks).toEqual(core.blocks);
        expect(next.value.sweep).toEqual(core.sweep);
        const { autodiff } = next.value;
        if (!autodiff.ok) throw new Error(autodiff.message);
        expect(autodiff.backend).toBe('cpu');
        expect(relativeError(autodiff.grad, core.bptt)).toBeLessThan(1e-4);
        expect(relativeError(autodiff.grad, core.bptt)).toBeGreaterThan(0);
        break;
      }
      const progress = next.value(at);
      if (progress.stage === 'differences') done.push(progress.done);
      // While tfjs loads the job yields without work: let the import go on.
      else await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(gradientCheck(settings).of);
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });
});
