/**
 * Golden vectors: our forward pass, loss and BPTT gradient against an independent float64
 * implementation in PyTorch (autograd), for SRN, GRU (Cho et al.) and LSTM (with and without
 * peepholes) cells, softmax / linear / sigmoid heads, deep and bidirectional models.
 *
 * The fixture src/core/testing/golden/rnn-golden.json stores every case explicitly (spec,
 * layout, flat parameters, inputs, targets, per-step states and logits, loss, gradient), so
 * this test needs no Python. Regenerate it, after changing the cases or the equations, with
 *
 *   /usr/bin/python3 scripts/golden/make_golden.py
 *
 * (Debian's python3-torch; see scripts/golden/README.md). Do not edit the JSON by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Target } from '../losses';
import { relativeError } from '../testing/gradcheck';
import { createModel } from './model';
import { lossAndGradient } from './run';
import type { ModelSpec } from './spec';

interface GoldenCase {
  readonly name: string;
  readonly spec: ModelSpec;
  readonly layout: readonly [name: string, rows: number, cols: number, offset: number][];
  readonly params: readonly number[];
  readonly inputs: readonly (readonly number[])[];
  readonly targets: readonly (number | readonly number[] | null)[];
  /** Per layer, the carried state after each step t (LSTM: [h; c]); backward is by t too. */
  readonly states: readonly {
    readonly forward: readonly (readonly number[])[];
    readonly backward: readonly (readonly number[])[] | null;
  }[];
  readonly logits: readonly (readonly number[])[];
  readonly loss: number;
  readonly grad: readonly number[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../testing/golden/rnn-golden.json', import.meta.url), 'utf8'),
) as { readonly cases: readonly GoldenCase[] };

const TOLERANCE = 1e-10;

/** Relative error of two ragged lists of vectors, taken over all their entries at once. */
function relativeErrorOfRows(
  ours: readonly ArrayLike<number>[],
  theirs: readonly (readonly number[])[],
): number {
  expect(ours.length).toBe(theirs.length);
  ours.forEach((row, t) => expect(row.length).toBe(theirs[t]!.length));
  return relativeError(
    ours.flatMap((row) => Array.from(row)),
    theirs.flat(),
  );
}

describe('golden vectors from PyTorch (float64, relative error < 1e-10)', () => {
  it('covers the cells, heads and shapes it is meant to', () => {
    const names = fixture.cases.map((c) => c.name);
    for (const expected of [
      'srn tanh × softmax',
      'srn tanh × linear',
      'gru × softmax',
      'gru × sigmoid',
      'lstm × softmax',
      'lstm × linear',
      'lstm peepholes × softmax',
      'lstm × softmax × 2 layers',
      'srn tanh × linear × 2 layers',
      'srn tanh × softmax × bidirectional',
      'gru × sigmoid × 2 layers bidirectional',
    ])
      expect(names).toContain(expected);
  });

  for (const golden of fixture.cases) {
    it(golden.name, () => {
      const model = createModel(golden.spec);
      expect(model.layout.blocks.map((b) => [b.name, b.rows, b.cols, b.offset])).toEqual(
        golden.layout,
      );
      expect(model.layout.size).toBe(golden.params.length);

      const params = Float64Array.from(golden.params);
      const inputs = golden.inputs.map((x) => Float64Array.from(x));
      const targets: Target[] = golden.targets.map((d) =>
        d === null || typeof d === 'number' ? d : Float64Array.from(d),
      );
      const { loss, grad, trace } = lossAndGradient(model, params, { inputs, targets });

      expect(trace.layers.length).toBe(golden.states.length);
      golden.states.forEach((expected, l) => {
        const run = trace.layers[l]!;
        const forward = run.forward.map((c) => c.state);
        expect(relativeErrorOfRows(forward, expected.forward)).toBeLessThan(TOLERANCE);
        expect(run.backward === null).toBe(expected.backward === null);
        if (run.backward && expected.backward) {
          const backward = run.backward.map((c) => c.state);
          expect(relativeErrorOfRows(backward, expected.backward)).toBeLessThan(TOLERANCE);
        }
      });
      expect(relativeErrorOfRows(trace.logits, golden.logits)).toBeLessThan(TOLERANCE);
      expect(Math.abs(loss - golden.loss) / Math.abs(golden.loss)).toBeLessThan(TOLERANCE);
      expect(relativeError(grad, golden.grad)).toBeLessThan(TOLERANCE);
      // Block by block too, so a small block cannot hide behind a large one.
      for (const b of model.layout.blocks) {
        const indices = Array.from({ length: b.rows * b.cols }, (_, k) => b.offset + k);
        expect(relativeError(grad, golden.grad, indices), b.name).toBeLessThan(TOLERANCE);
      }
    });
  }
});
