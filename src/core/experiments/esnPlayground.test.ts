import { describe, expect, it } from 'vitest';
import {
  applyReadout,
  createEsn,
  defaultEsnConfig,
  extendedState,
  runReservoir,
  trainReadout,
  type EsnConfig,
} from '../esn';
import { maxAbsDiff } from '../linalg/basic';
import { createRng } from '../rng';
import { createTask } from '../tasks';
import { esnPlaygroundStep, trainingSequences, type EsnStepInput } from './esnPlayground';

const config: EsnConfig = { ...defaultEsnConfig, reservoirSize: 40, washout: 10, seed: 7 };
const sine = { name: 'sine', params: {} };
const heldOut = Array.from({ length: 3 }, (_, i) => createTask('sine').sample(createRng(100 + i)));
const input: EsnStepInput = {
  config,
  task: sine,
  dataSeed: 12345,
  add: 1,
  carried: null,
  heldOut,
  kind: 'mse',
};

describe('the Playground’s ESN step (job playgroundEsn)', () => {
  it('fits the same readout as the core’s trainReadout on the same seed and sequence', () => {
    const result = esnPlaygroundStep(input);
    const esn = createEsn(config);
    const sample = createTask('sine').sample(createRng(input.dataSeed));
    const targets = sample.targets.map((y) => y as Float64Array);
    const reference = trainReadout(esn, sample.inputs, targets);
    expect(maxAbsDiff(result.wOut, reference.esn.wOut)).toBe(0);
    expect(maxAbsDiff(result.carried.w, esn.w)).toBe(0);
    expect(result.rows).toBe(sample.inputs.length - config.washout);
    // Held-out mean squared error = the core readout's on the held-out sequences after washout.
    let sq = 0;
    let n = 0;
    for (const s of heldOut) {
      const states = runReservoir(esn, s.inputs);
      s.targets.forEach((y, t) => {
        if (t < config.washout) return;
        const out = applyReadout(reference.esn.wOut, extendedState(s.inputs[t]!, states[t]!));
        sq += (out[0]! - (y as Float64Array)[0]!) ** 2;
        n++;
      });
    }
    expect(result.evaluation.metric).toBeCloseTo(sq / n, 14);
    // One sequence of a sine is enough for a 40-unit reservoir to predict it.
    expect(result.evaluation.metric).toBeLessThan(1e-6);
    expect(result.evaluation.prediction.slice(0, config.washout).every(Number.isNaN)).toBe(true);
    expect(result.evaluation.states).toHaveLength(heldOut[0]!.inputs.length);
  });

  it('carried over steps, gives what one step over the same sequences gives', () => {
    const once = esnPlaygroundStep({ ...input, add: 5 });
    const first = esnPlaygroundStep({ ...input, add: 2 });
    const gram = first.carried.sums.gram.slice();
    const second = esnPlaygroundStep({ ...input, add: 3, carried: first.carried });
    expect(first.carried.sums.gram).toEqual(gram); // the input is not changed
    expect(second.carried.sequences).toBe(5);
    expect(maxAbsDiff(second.wOut, once.wOut)).toBe(0);
    expect(second.loss).toBe(once.loss);
    expect(second.evaluation.metric).toBe(once.evaluation.metric);
  });

  it('replays the data stream: sequences after a skip are the stream’s next ones', () => {
    const all = trainingSequences(sine, 9, 0, 4);
    const head = trainingSequences(sine, 9, 0, 1);
    const rest = trainingSequences(sine, 9, head.draws, 3);
    expect(rest.samples.map((s) => Array.from(s.inputs[0]!))).toEqual(
      all.samples.slice(1).map((s) => Array.from(s.inputs[0]!)),
    );
    expect(rest.draws).toBe(all.draws);
  });

  it('scores a class task by the largest output of a readout fitted to one-hot targets', () => {
    const task = createTask('reber');
    const samples = Array.from({ length: 2 }, (_, i) => task.sample(createRng(i + 1)));
    const result = esnPlaygroundStep({
      ...input,
      config: { ...config, inputSize: task.inputSize, outputSize: task.outputSize, washout: 0 },
      task: { name: 'reber', params: {} },
      add: 20,
      heldOut: samples,
      kind: 'accuracy',
    });
    expect(result.wOut.rows).toBe(task.outputSize);
    // The grammar allows two next symbols at most steps: well above chance (1/7), below 1.
    expect(result.evaluation.metric).toBeGreaterThan(0.3);
    expect(result.evaluation.metric).toBeLessThanOrEqual(1);
  });
});
