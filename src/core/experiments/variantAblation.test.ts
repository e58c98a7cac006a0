import { describe, expect, it } from 'vitest';
import { GREFF_VARIANTS } from '../cells/lstmVariants';
import { createModel, forward, initParams, sequenceLoss } from '../model';
import { createRng } from '../rng';
import { continualEmbeddedReberTask } from '../tasks';
import { createTrainer } from '../train';
import {
  ABLATION_DEFAULTS,
  ABLATION_TEST_STREAMS,
  ablationJobs,
  ablationSpec,
  quantile,
  runAblation,
  summariseAblation,
  variantAblation,
  type AblationRun,
} from './variantAblation';

const tiny = { ...ABLATION_DEFAULTS, sequences: 40, runs: 2, testLength: 60 };

describe('the variant ablation', () => {
  it('orders the runs seed by seed across all nine variants', () => {
    const jobs = ablationJobs(tiny);
    expect(jobs).toHaveLength(18);
    expect(jobs.slice(0, 9).map((j) => j.variant)).toEqual([...GREFF_VARIANTS]);
    expect(jobs[9]).toEqual({ variant: 'vanilla', run: 1 });
  });

  it('scores a run by the mean cross-entropy in bits of its trained model on the test streams', () => {
    const run = runAblation(tiny, 'cifg', 1);
    // The same training written out by hand, then the loss in nats over the same streams.
    const model = createModel(ablationSpec('cifg', tiny));
    const params = initParams(model, tiny.seed * 100 + 1);
    const trainer = createTrainer(model, { optimiser: { kind: 'adam', lr: tiny.lr }, clipNorm: 1 });
    const train = continualEmbeddedReberTask(tiny.trainLength);
    const rng = createRng((tiny.seed * 100 + 1) * 7919 + 1);
    for (let k = 0; k < tiny.sequences / tiny.batch; k++)
      trainer.bpttStep(
        params,
        [0, 1, 2, 3].map(() => train.sample(rng)),
      );
    const test = continualEmbeddedReberTask(tiny.testLength);
    const testRng = createRng(987654 + tiny.seed);
    let nats = 0;
    let count = 0;
    for (let k = 0; k < ABLATION_TEST_STREAMS; k++) {
      const s = test.sample(testRng);
      const r = sequenceLoss(model, forward(model, params, s.inputs), s.targets);
      nats += r.loss;
      count += r.count;
    }
    expect(run.loss).toBeCloseTo(nats / count / Math.LN2, 12);
    expect(run.parameters).toBe(model.layout.size);
    // Uniform guessing costs log₂ 7 ≈ 2.81 bits; 40 streams of training already do better.
    expect(run.loss).toBeLessThan(Math.log2(7));
  });

  it('pauses inside a run, adds one result per run, and returns them all in order', () => {
    // 200 streams in batches of 4: 50 batches, a pause point every 25, then one after the run.
    const gen = variantAblation({ ...tiny, runs: 1, sequences: 200 });
    const counts: number[] = [];
    let step = gen.next();
    while (!step.done) {
      counts.push(step.value({ now: 0, final: false }).results.length);
      step = gen.next();
    }
    expect(counts.slice(0, 6)).toEqual([0, 0, 1, 1, 1, 2]);
    expect(counts).toHaveLength(27);
    expect(step.value.map((r) => r.variant)).toEqual([...GREFF_VARIANTS]);
  });

  it('gives the five-number summary with interpolated quartiles, null before any run', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75, 15);
    expect(quantile([1, 2, 3, 4, 10], 0.5)).toBe(3);
    const runs: AblationRun[] = [3, 1, 2, 5, 4].map((loss, run) => ({
      variant: 'nfg',
      run,
      loss,
      parameters: 1,
    }));
    const rows = summariseAblation(runs);
    expect(rows.map((r) => r.variant)).toEqual([...GREFF_VARIANTS]);
    expect(rows.find((r) => r.variant === 'nfg')!.summary).toEqual({
      variant: 'nfg',
      runs: 5,
      min: 1,
      q1: 2,
      median: 3,
      q3: 4,
      max: 5,
    });
    expect(rows.find((r) => r.variant === 'vanilla')!.summary).toBeNull();
  });
});
