import { describe, expect, it } from 'vitest';
import { maxAbsDiff } from '../linalg/basic';
import { ridgeRegression } from '../linalg/ridge';
import { zeros, type Vector } from '../matrix';
import { createRng, uniform } from '../rng';
import { defaultEsnConfig, type EsnConfig } from './config';
import { createEsn } from './create';
import { esnLayout } from './layout';
import { trainReadout } from './readout';
import { extendedState, runReservoir } from './reservoir';
import {
  addSequence,
  emptyReadoutSums,
  fittedMse,
  solveReadoutSums,
  targetVector,
} from './sequences';

const config: EsnConfig = { ...defaultEsnConfig, reservoirSize: 30, washout: 20, ridge: 1e-4 };
const esn = createEsn(config);

function sequence(seed: number, T: number) {
  const rng = createRng(seed);
  const inputs = Array.from({ length: T }, () => Float64Array.of(uniform(rng, -1, 1)));
  const targets = inputs.map((_, t) => Float64Array.of(inputs[t - 1]?.[0] ?? 0));
  return { inputs, targets };
}

describe('the readout fitted over sequences from running sums', () => {
  it('on one sequence with a target at every step, equals trainReadout exactly', () => {
    const { inputs, targets } = sequence(3, 300);
    const sums = emptyReadoutSums(esn);
    expect(addSequence(esn, sums, inputs, targets, config.washout)).toBe(280);
    const wOut = solveReadoutSums(sums, config.ridge);
    const reference = trainReadout(esn, inputs, targets);
    expect(maxAbsDiff(wOut, reference.esn.wOut)).toBe(0);
    // The fitted error from the sums equals the error of the outputs themselves.
    let sq = 0;
    for (let t = config.washout; t < 300; t++)
      sq += (reference.outputs[t]![0]! - targets[t]![0]!) ** 2;
    expect(fittedMse(sums, wOut)).toBeCloseTo(sq / 280, 10);
  });

  it('over several sequences with gaps, equals ridge regression on the stacked rows', () => {
    const seqs = [sequence(1, 60), sequence(2, 45), sequence(5, 80)].map((s) => ({
      inputs: s.inputs,
      // Every third step has no target.
      targets: s.targets.map((y, t) => (t % 3 === 0 ? null : y)),
    }));
    const sums = emptyReadoutSums(esn);
    for (const s of seqs) addSequence(esn, sums, s.inputs, s.targets, 10);
    const rows: { z: Vector; y: Vector }[] = [];
    for (const s of seqs) {
      const states = runReservoir(esn, s.inputs);
      s.targets.forEach((y, t) => {
        if (t >= 10 && y) rows.push({ z: extendedState(s.inputs[t]!, states[t]!), y });
      });
    }
    expect(sums.rows).toBe(rows.length);
    const d = sums.d;
    const z = zeros(rows.length, d);
    const y = zeros(rows.length, 1);
    rows.forEach((r, i) => {
      z.data.set(r.z, i * d);
      y.data.set(r.y, i);
    });
    const w = ridgeRegression(z, y, 1e-3);
    const wOut = solveReadoutSums(sums, 1e-3);
    expect(maxAbsDiff({ rows: d, cols: 1, data: wOut.data }, w)).toBeLessThan(1e-12);
  });

  it('makes a class index one-hot and refuses what is not a class', () => {
    expect(Array.from(targetVector(2, 4))).toEqual([0, 0, 1, 0]);
    expect(() => targetVector(4, 4)).toThrow(/not one of 0 … 3/);
    expect(() => targetVector(Float64Array.of(1, 2), 3)).toThrow(/length 2/);
  });

  it('refuses a fit with no rows and an ESN with feedback', () => {
    const sums = emptyReadoutSums(esn);
    const { inputs, targets } = sequence(4, 10);
    expect(addSequence(esn, sums, inputs, targets, 10)).toBe(0);
    expect(() => solveReadoutSums(sums, 1)).toThrow(/no step to fit/);
    const fb = createEsn({ ...config, outputFeedback: true });
    expect(() => addSequence(fb, emptyReadoutSums(fb), inputs, targets, 0)).toThrow(/feedback/);
  });
});

describe('esnLayout', () => {
  it('names the matrices createEsn and trainReadout make, with their shapes', () => {
    for (const c of [config, { ...config, inputSize: 3, outputSize: 2, outputFeedback: true }]) {
      const made = createEsn(c);
      const layout = Object.fromEntries(esnLayout(c).map((b) => [b.name, b]));
      expect([layout.W_in!.rows, layout.W_in!.cols]).toEqual([made.wIn.rows, made.wIn.cols]);
      expect([layout.W!.rows, layout.W!.cols]).toEqual([made.w.rows, made.w.cols]);
      expect(layout.W_fb ? [layout.W_fb.rows, layout.W_fb.cols] : null).toEqual(
        made.wFb && [made.wFb.rows, made.wFb.cols],
      );
      expect(layout.W_out).toMatchObject({ rows: c.outputSize, cols: 1 + c.inputSize + 30 });
      expect(
        esnLayout(c)
          .filter((b) => b.trained)
          .map((b) => b.name),
      ).toEqual(['W_out']);
    }
  });
});
