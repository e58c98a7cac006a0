import { describe, expect, it } from 'vitest';
import type { OutputKind } from './jordan';
import { createLstmCell } from './lstm';
import {
  createLstmVariantCell,
  GREFF_VARIANTS,
  greffCell,
  lstm1997Cell,
  lstmGateRows,
} from './lstmVariants';
import type { LstmSpec } from './types';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { forward, lossAndGradient, sequenceLoss } from '../model/run';
import type { ModelSpec } from '../model/spec';
import { createRng, uniform } from '../rng';
import { numericGradient, relativeError } from '../testing/gradcheck';
import { referenceRun } from '../testing/lstmReference';
import { randomSample } from '../testing/randomSample';
import { rtrlGradient } from '../train/rtrl';

const cells: Record<string, LstmSpec> = {
  ...Object.fromEntries(GREFF_VARIANTS.map((name) => [name, greffCell(name, 1)])),
  '1997': lstm1997Cell(),
};
const shapes = [
  { layers: 1, bidirectional: false, name: 'single' },
  { layers: 2, bidirectional: false, name: 'deep' },
  { layers: 1, bidirectional: true, name: 'bidirectional' },
  { layers: 2, bidirectional: true, name: 'deep bidirectional' },
];
const heads: OutputKind[] = ['softmax', 'linear', 'sigmoid'];

const specOf = (cell: LstmSpec, output: OutputKind, shape = shapes[0]!, hidden = 3): ModelSpec => ({
  cell,
  inputSize: 2,
  hiddenSize: hidden,
  outputSize: 3,
  output,
  layers: shape.layers,
  bidirectional: shape.bidirectional,
});

const setup = (spec: ModelSpec, seed: number) => {
  const model = createModel(spec);
  // Gaussian weights of moderate size so that no unit sits in a flat region.
  const params = initParams(model, seed, { kind: 'gaussian', std: 0.5 });
  const sample = randomSample(seed + 1, 6, spec.inputSize, spec.outputSize, spec.output);
  return { model, params, sample };
};

describe('LSTM variants: BPTT agrees with finite differences (relative error < 1e-6)', () => {
  // Every head on one layer; the deep bidirectional model (which covers both) with one head.
  const cases = heads
    .map((output) => [output, shapes[0]!] as const)
    .concat([['softmax', shapes[3]!]]);
  for (const [name, cell] of Object.entries(cells)) {
    for (const [output, shape] of cases) {
      it(`${name} × ${output} × ${shape.name}`, () => {
        for (const [seed, hidden] of [
          [1, 3],
          [7, 2],
        ] as const) {
          const { model, params, sample } = setup(specOf(cell, output, shape, hidden), seed);
          const { grad } = lossAndGradient(model, params, sample);
          const loss = (p: Float64Array) =>
            sequenceLoss(model, forward(model, p, sample.inputs), sample.targets).loss;
          expect(relativeError(grad, numericGradient(loss, params))).toBeLessThan(1e-6);
        }
      });
    }
  }
});

describe('LSTM variants: the forward pass is the paper’s equations', () => {
  for (const [name, cell] of Object.entries(cells)) {
    it(`${name}: states and logits equal an independent plain implementation (1e-14)`, () => {
      const { model, params, sample } = setup(specOf(cell, 'linear', shapes[0], 4), 5);
      const trace = forward(model, params, sample.inputs);
      const ref = referenceRun(model, params, sample.inputs);
      trace.layers[0]!.forward.forEach((step, t) => {
        expect(relativeError(step.state, ref.states[t]!)).toBeLessThan(1e-14);
        expect(relativeError(trace.logits[t]!, ref.logits[t]!)).toBeLessThan(1e-14);
      });
    });
  }

  it('removes what each variant removes: i = 1, f = 1, o = 1, f = 1 − i, linear g and h', () => {
    const gatesOf = (name: keyof typeof cells) => {
      const { model, params, sample } = setup(specOf(cells[name]!, 'linear', shapes[0], 4), 2);
      return forward(model, params, sample.inputs).layers[0]!.forward[3]!;
    };
    const all = (v: Float64Array, f: (x: number, j: number) => boolean) =>
      expect(Array.from(v).every(f)).toBe(true);
    all(gatesOf('nig').gates!.i!, (x) => x === 1);
    all(gatesOf('nfg').gates!.f!, (x) => x === 1);
    all(gatesOf('1997').gates!.f!, (x) => x === 1);
    all(gatesOf('nog').gates!.o!, (x) => x === 1);
    const cifg = gatesOf('cifg').gates!;
    all(cifg.f!, (x, j) => x === 1 - cifg.i![j]!);
    const noaf = gatesOf('noaf');
    all(noaf.out, (h, j) => h === noaf.gates!.o![j]! * noaf.gates!.c![j]!);
    // With no input activation g leaves [−1, 1] for large enough weights; tanh never does.
    const big = createModel(specOf(cells.niaf!, 'linear', shapes[0], 4));
    const p = initParams(big, 3, { kind: 'gaussian', std: 3 });
    const g = forward(big, p, [Float64Array.of(1, 1)]).layers[0]!.forward[0]!.gates!.g!;
    expect(Math.max(...Array.from(g, Math.abs))).toBeGreaterThan(1);
  });
});

describe('LSTM variants: layout', () => {
  it('keeps the gate rows i, f, g, o less the absent ones, peepholes only for gates that exist', () => {
    const blocks = (name: keyof typeof cells) =>
      createModel(specOf(cells[name]!, 'linear', shapes[0], 4))
        .layout.blocks.filter((b) => !b.name.startsWith('head.'))
        .map((b) => `${b.name.slice('l0.fwd.'.length)} ${b.rows}×${b.cols}`);
    expect(blocks('vanilla')).toEqual([
      'Wx 16×2',
      'Wh 16×4',
      'b 16×1',
      'p_i 4×1',
      'p_f 4×1',
      'p_o 4×1',
    ]);
    expect(blocks('np')).toEqual(['Wx 16×2', 'Wh 16×4', 'b 16×1']);
    expect(blocks('nig')).toEqual(['Wx 12×2', 'Wh 12×4', 'b 12×1', 'p_f 4×1', 'p_o 4×1']);
    expect(blocks('cifg')).toEqual(['Wx 12×2', 'Wh 12×4', 'b 12×1', 'p_i 4×1', 'p_o 4×1']);
    expect(blocks('nog')).toEqual(['Wx 12×2', 'Wh 12×4', 'b 12×1', 'p_i 4×1', 'p_f 4×1']);
    expect(blocks('fgr')).toEqual([
      'Wx 16×2',
      'Wh 16×4',
      'b 16×1',
      'Wgg 12×12',
      'p_i 4×1',
      'p_f 4×1',
      'p_o 4×1',
    ]);
    expect(blocks('1997')).toEqual(['Wx 12×2', 'Wh 12×4', 'b 12×1']);
    expect(lstmGateRows('nig')).toEqual(['f', 'g', 'o']);
  });

  it('puts the forget bias on the forget gate’s rows, wherever they are', () => {
    for (const [name, f] of [
      ['vanilla', 1],
      ['nig', 0],
      ['nfg', -1],
      ['cifg', -1],
    ] as const) {
      const model = createModel(specOf(greffCell(name, 2.5), 'linear', shapes[0], 4));
      const b = model.layout.blocks.find((x) => x.name === 'l0.fwd.b')!;
      const biases = Array.from(initParams(model, 1).subarray(b.offset, b.offset + b.rows));
      const expected = biases.map((_, r) => (f >= 0 && Math.floor(r / 4) === f ? 2.5 : 0));
      expect(biases).toEqual(expected);
    }
  });
});

describe('LSTM variants: the same quantity two ways', () => {
  it('the variant code’s standard cell equals lstm.ts, forward and backward (1e-15)', () => {
    const rng = createRng(9);
    for (const peepholes of [false, true]) {
      const fast = createLstmCell(3, 4, peepholes);
      const general = createLstmVariantCell(3, 4, { peepholes });
      expect(general.layout).toEqual(fast.layout);
      const p = Float64Array.from({ length: fast.layout.size }, () => uniform(rng, -1, 1));
      const random = (n: number) => Float64Array.from({ length: n }, () => uniform(rng, -1, 1));
      const x = random(3);
      const prev = random(8);
      const a = fast.forward(p, x, prev, 0);
      const b = general.forward(p, x, prev, 0);
      expect(relativeError(a.state, b.state)).toBeLessThan(1e-15);
      const dOut = random(4);
      const dState = random(8);
      const ga = new Float64Array(p.length);
      const gb = new Float64Array(p.length);
      const ba = fast.backward(p, a, dOut, dState, ga);
      const bb = general.backward(p, b, dOut, dState, gb);
      expect(relativeError(ga, gb)).toBeLessThan(1e-15);
      expect(relativeError(ba.dPrev, bb.dPrev)).toBeLessThan(1e-15);
      expect(relativeError(ba.dx, bb.dx)).toBeLessThan(1e-15);
    }
  });

  for (const [name, cell] of Object.entries(cells)) {
    it(`${name}: RTRL's gradient equals BPTT's (1e-9)`, () => {
      for (const seed of [2, 11]) {
        const { model, params, sample } = setup(specOf(cell, 'softmax', shapes[0], 3), seed);
        const bptt = lossAndGradient(model, params, sample);
        const rtrl = rtrlGradient(model, params, sample);
        expect(rtrl.loss).toBeCloseTo(bptt.loss, 12);
        expect(relativeError(rtrl.grad, bptt.grad)).toBeLessThan(1e-9);
      }
    });
  }
});

/**
 * The 1997 truncated gradient is not the loss's gradient, so finite differences of the loss
 * cannot check it. Its definition can: the gradient of the loss with every net input's reads
 * of the state (h_{t−1}, the peepholes' c, fgr's previous gates) held at their values, which the
 * reference implementation computes.
 */
describe('the 1997 truncated gradient', () => {
  const truncatedCells: Record<string, LstmSpec> = {
    '1997 cell': lstm1997Cell(true),
    'vanilla (peepholes)': { ...greffCell('vanilla', 1), truncatedGradient: true },
    fgr: { ...greffCell('fgr', 1), truncatedGradient: true },
    cifg: { ...greffCell('cifg', 1), truncatedGradient: true },
  };
  for (const [name, cell] of Object.entries(truncatedCells)) {
    for (const output of heads) {
      it(`${name} × ${output}: equals finite differences of the loss with the net inputs' state reads held (< 1e-6)`, () => {
        for (const seed of [3, 8]) {
          const { model, params, sample } = setup(specOf(cell, output, shapes[0], 3), seed);
          const { grad } = lossAndGradient(model, params, sample);
          const held = referenceRun(model, params, sample.inputs).reads;
          const heldLoss = (p: Float64Array) => {
            const { logits } = referenceRun(model, p, sample.inputs, held);
            return sequenceLoss(model, { layers: [], logits }, sample.targets).loss;
          };
          expect(relativeError(grad, numericGradient(heldLoss, params))).toBeLessThan(1e-6);
          // …and it is not the full gradient.
          const full = lossAndGradient(
            createModel({ ...model.spec, cell: { ...cell, truncatedGradient: false } }),
            params,
            sample,
          ).grad;
          expect(relativeError(grad, full)).toBeGreaterThan(1e-3);
          // RTRL with the truncated Jacobians gives the same truncated gradient.
          expect(relativeError(rtrlGradient(model, params, sample).grad, grad)).toBeLessThan(1e-9);
        }
      });
    }
  }

  it('carries error back in time only through the cell state', () => {
    const { model, params, sample } = setup(specOf(lstm1997Cell(true), 'linear'), 4);
    const trace = forward(model, params, sample.inputs);
    const cell = model.layers[0]!.forward.cell;
    const p = params.subarray(0, cell.layout.size);
    const step = trace.layers[0]!.forward[2]!;
    const dState = Float64Array.from({ length: 6 }, (_, k) => k - 2.5);
    const { dPrev } = cell.backward(
      p,
      step,
      new Float64Array(3),
      dState,
      new Float64Array(p.length),
    );
    expect(Array.from(dPrev.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(dPrev[3]).not.toBe(0);
  });

  it('refuses more than one layer, with the reason', () => {
    expect(() => createModel(specOf(lstm1997Cell(true), 'linear', shapes[1]))).toThrow(
      /truncated gradient stops errors at the cell inputs.*use one layer/,
    );
  });
});
