import { beforeAll, describe, expect, it } from 'vitest';
import { createModel } from '../core/model';
import { createTrainer, type OptimiserSpec, type TrainOptions } from '../core/train';
import type { WasmFlavour } from './detect';
import { createWasmEngine } from './load';
import { createWasmTrainer } from './trainer';
import {
  caseSample,
  caseSpec,
  float32Weights,
  maxAbsDiff,
  shapesFor,
  WASM_CELLS,
} from './testing/cases';
import { engineModuleForTests } from './testing/nodeModules';

/**
 * Training on the wasm engine against the core trainer from the same weights: the weights
 * after a few updates (every optimiser, clipping by norm and by value, truncated BPTT with its
 * online updates), the reported losses and gradient norms.
 */
const modules: Partial<Record<WasmFlavour, WebAssembly.Module>> = {};
beforeAll(async () => {
  modules.simd = await engineModuleForTests('simd');
  modules.scalar = await engineModuleForTests('scalar');
});

const OPTIMISERS: OptimiserSpec[] = [
  { kind: 'sgd', lr: 0.1 },
  { kind: 'momentum', lr: 0.05, momentum: 0.9 },
  { kind: 'nesterov', lr: 0.05, momentum: 0.9 },
  { kind: 'rmsprop', lr: 1e-3 },
  { kind: 'adagrad', lr: 0.05 },
  { kind: 'adam', lr: 1e-3 },
];

function trainBoth(
  flavour: WasmFlavour,
  cellName: keyof typeof WASM_CELLS,
  options: TrainOptions,
  run: 'bptt' | { k1: number; k2: number },
) {
  const cell = WASM_CELLS[cellName]!;
  const deep = run === 'bptt' && shapesFor(cell).includes('deep');
  const spec = caseSpec(cell, 'softmax', deep ? 'deep' : 'single');
  const model = createModel(spec);
  const coreWeights = float32Weights(spec, 21);
  const engine = createWasmEngine(modules[flavour]!, flavour, spec);
  engine.setParams(coreWeights);
  const core = createTrainer(model, options);
  const wasm = createWasmTrainer(engine, options);
  const reports: { core: number[]; wasm: number[] } = { core: [], wasm: [] };
  for (let step = 0; step < 3; step++) {
    const batch = [caseSample(spec, 12, 100 + step), caseSample(spec, 9, 200 + step)];
    const a =
      run === 'bptt'
        ? core.bpttStep(coreWeights, batch)
        : core.tbpttSequence(coreWeights, batch[0]!, run);
    const b = run === 'bptt' ? wasm.bpttStep(batch) : wasm.tbpttSequence(batch[0]!, run);
    reports.core.push(a.loss, a.gradNorm, a.count);
    reports.wasm.push(b.loss, b.gradNorm, b.count);
  }
  return {
    core: coreWeights,
    wasm: engine.getParams(),
    reports,
    initial: float32Weights(spec, 21),
    frozen: model.frozen,
  };
}

describe.each(['simd', 'scalar'] as const)('the %s build trains as the core does', (flavour) => {
  for (const optimiser of OPTIMISERS) {
    it(`${optimiser.kind}, clipping by norm: the same weights after three batches`, () => {
      // clipNorm 0.2 is below the gradient norms here, so the clipping factor is exercised.
      const r = trainBoth(flavour, 'lstm-peepholes', { optimiser, clipNorm: 0.2 }, 'bptt');
      expect(maxAbsDiff(r.wasm, r.core)).toBeLessThan(1e-5);
      expect(maxAbsDiff(r.core, r.initial)).toBeGreaterThan(1e-4);
      expect(r.reports.core[1]!).toBeGreaterThan(0.2);
      for (let k = 0; k < r.reports.core.length; k++)
        expect(r.reports.wasm[k]!).toBeCloseTo(r.reports.core[k]!, 5);
    });
  }

  it('clipping by value: the same weights after three batches', () => {
    const options: TrainOptions = { optimiser: { kind: 'sgd', lr: 0.5 }, clipValue: 0.01 };
    const r = trainBoth(flavour, 'gru', options, 'bptt');
    expect(maxAbsDiff(r.wasm, r.core)).toBeLessThan(1e-5);
    expect(maxAbsDiff(r.core, r.initial)).toBeGreaterThan(1e-3);
  });

  // Clockwork modules run by the step's time across chunks; Jordan nets feed their output back.
  const FAMILIES = ['clockwork', 'jordan', 'lstm-cifg', 'lstm-fgr', 'lstm-1997-truncated'] as const;
  for (const cell of FAMILIES) {
    it(`${cell}: Adam with clipping gives the core's weights after three batches`, () => {
      const optimiser: OptimiserSpec = { kind: 'adam', lr: 1e-2 };
      const r = trainBoth(flavour, cell, { optimiser, clipNorm: 0.5 }, 'bptt');
      expect(maxAbsDiff(r.wasm, r.core)).toBeLessThan(1e-5);
      expect(maxAbsDiff(r.core, r.initial)).toBeGreaterThan(1e-3);
      // The clockwork mask's entries never move.
      const frozen = r.frozen ? [...r.frozen.keys()].filter((k) => r.frozen![k]) : [];
      for (const k of frozen) expect(r.wasm[k]).toBe(r.initial[k]);
    });
  }

  for (const cell of ['srn-tanh', 'gru', 'lstm', ...FAMILIES] as const) {
    it(`truncated BPTT(3, 5) on ${cell}: the same online updates, losses and norms`, () => {
      const r = trainBoth(flavour, cell, { optimiser: { kind: 'sgd', lr: 0.3 } }, { k1: 3, k2: 5 });
      expect(maxAbsDiff(r.wasm, r.core)).toBeLessThan(1e-5);
      expect(maxAbsDiff(r.core, r.initial)).toBeGreaterThan(1e-3);
      for (let k = 0; k < r.reports.core.length; k++)
        expect(r.reports.wasm[k]!).toBeCloseTo(r.reports.core[k]!, 5);
    });
  }

  it('reports a step with a non-finite loss as diverged and leaves the weights alone', () => {
    const spec = caseSpec(WASM_CELLS['srn-linear']!, 'linear', 'single');
    const engine = createWasmEngine(modules[flavour]!, flavour, spec);
    const weights = float32Weights(spec, 2).map((w) => w * 1e6);
    engine.setParams(weights);
    const trainer = createWasmTrainer(engine, { optimiser: { kind: 'sgd', lr: 0.1 } });
    const report = trainer.bpttStep([caseSample(spec, 30, 1)]);
    expect(report.diverged).toBe(true);
    expect(engine.getParams()).toEqual(Float64Array.from(Float32Array.from(weights)));
  });
});

describe('the wasm gradient against finite differences of the wasm loss', () => {
  for (const cell of ['srn-tanh', 'gru', 'lstm-peepholes'] as const) {
    it(`${cell}, deep bidirectional, softmax head`, () => {
      const spec = caseSpec(WASM_CELLS[cell]!, 'softmax', 'deep bidirectional');
      const engine = createWasmEngine(modules.simd!, 'simd', spec);
      const weights = float32Weights(spec, 8);
      const sample = caseSample(spec, 6, 3);
      engine.setParams(weights);
      const { grad } = engine.lossAndGradient(sample);
      // Float32 losses: a step of 1e-2 keeps rounding (~1e-5) and truncation (~1e-4) small.
      const h = 1e-2;
      for (let probe = 0; probe < 24; probe++) {
        const k = (probe * 7919) % weights.length;
        const w = weights.slice();
        w[k] = weights[k]! + h;
        engine.setParams(w);
        const up = engine.lossAndGradient(sample).loss;
        w[k] = weights[k]! - h;
        engine.setParams(w);
        const down = engine.lossAndGradient(sample).loss;
        const fd = (up - down) / (2 * h);
        expect(Math.abs(fd - grad[k]!), `parameter ${k}`).toBeLessThan(2e-3 + 1e-2 * Math.abs(fd));
      }
    });
  }
});
