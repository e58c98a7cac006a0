import { createModel, forward, initParams, type Model, type ModelSpec } from '../core/model';
import { createRng } from '../core/rng';
import { task2a } from '../core/tasks';
import { createTrainer, type OptimiserSpec } from '../core/train';
import { fmt, type ReproRow } from './common';

/**
 * RTRL on task 2a (Hochreiter & Schmidhuber 1997, experiment 2, table 2): two sequences,
 * (y, a1 … a_{p−1}, y) and (x, a1 … a_{p−1}, x); the last symbol repeats the first, p steps back.
 * A run succeeds when, on both sequences, every prediction's most probable symbol is right.
 */
function solved(model: Model, params: Float64Array, p: number): boolean {
  const task = task2a(p);
  const rng = createRng(1);
  const seen = new Set<number>();
  for (let n = 0; n < 20 && seen.size < 2; n++) {
    const s = task.sample(rng);
    const first = s.inputs[0]!.indexOf(1);
    if (seen.has(first)) continue;
    seen.add(first);
    const trace = forward(model, params, s.inputs);
    const ok = trace.logits.every((z, t) => z.indexOf(Math.max(...z)) === s.targets[t]);
    if (!ok) return false;
  }
  return seen.size === 2;
}

function rtrlTask2a(
  p: number,
  seeds: readonly number[],
  maxSequences: number,
  optimiser: OptimiserSpec,
  hidden = 4,
) {
  const task = task2a(p);
  const spec: ModelSpec = {
    cell: { kind: 'srn', activation: 'tanh' },
    inputSize: p + 1,
    hiddenSize: hidden,
    outputSize: p + 1,
    output: 'softmax',
    layers: 1,
    bidirectional: false,
  };
  const runs = seeds.map((seed) => {
    const model = createModel(spec);
    const params = initParams(model, seed);
    const trainer = createTrainer(model, { optimiser });
    const rng = createRng(seed + 100);
    for (let n = 1; n <= maxSequences; n++) {
      trainer.rtrlSequence(params, task.sample(rng));
      if (n % 100 === 0 && solved(model, params, p)) return n;
    }
    return null;
  });
  const successes = runs.filter((n): n is number => n !== null);
  return {
    successRate: successes.length / runs.length,
    medianSequences: successes.sort((a, b) => a - b)[Math.floor(successes.length / 2)] ?? null,
  };
}

/**
 * Plain online SGD, as in the paper's era (learning rate 0.1; in our trials 0.3 and 1.0 did
 * worse at p = 4: 40% of 5 runs and 0% of 10).
 */
export function reproduceRtrlLag(
  seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  maxSequences = 20000,
): ReproRow {
  const optimiser: OptimiserSpec = { kind: 'sgd', lr: 0.1 };
  const short = rtrlTask2a(4, seeds, maxSequences, optimiser);
  const long = rtrlTask2a(10, seeds, maxSequences, optimiser);
  return {
    experiment: 'RTRL on task 2a, time lag p = 4 vs p = 10',
    source: 'Hochreiter & Schmidhuber 1997, exp. 2a, table 2',
    published: 'RTRL: 78% of runs succeed at p = 4, 0% at p = 10',
    measured: `runs that succeed within ${maxSequences} sequences: p = 4: ${fmt(100 * short.successRate)}% (median ${short.medianSequences ?? '—'} sequences), p = 10: ${fmt(100 * long.successRate)}%`,
    // The effect (short lag learnable, long lag not) — our p = 4 rate may fall short of 78%.
    reproduced: short.successRate >= 0.3 && long.successRate === 0,
    details: {
      runs: seeds.length,
      hiddenUnits: 4,
      learningRate: 0.1,
      optimiser: 'SGD, online (update every step)',
    },
  };
}
