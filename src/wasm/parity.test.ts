import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputKind } from '../core/cells';
import { createModel, lossAndGradient } from '../core/model';
import type { WasmFlavour } from './detect';
import { createWasmEngine } from './load';
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
 * The wasm engine against the float64 core: the same float32-rounded weights and data give the
 * same loss (within 1e-5 relative) and gradient (every entry within 1e-4), for every cell ×
 * head × {single, deep, bidirectional, deep bidirectional}, in both builds.
 */
const modules: Partial<Record<WasmFlavour, WebAssembly.Module>> = {};
beforeAll(async () => {
  modules.simd = await engineModuleForTests('simd');
  modules.scalar = await engineModuleForTests('scalar');
});

const OUTPUTS: OutputKind[] = ['softmax', 'linear', 'sigmoid'];

describe.each(['simd', 'scalar'] as const)('the %s build', (flavour) => {
  for (const [name, cell] of Object.entries(WASM_CELLS)) {
    for (const output of OUTPUTS) {
      it(`${name} with a ${output} head: loss and gradient = core's, every shape it has`, () => {
        for (const shape of shapesFor(cell)) {
          const spec = caseSpec(cell, output, shape);
          const weights = float32Weights(spec, 11);
          const sample = caseSample(spec, 8, 5);
          const core = lossAndGradient(createModel(spec), weights, sample);
          const engine = createWasmEngine(modules[flavour]!, flavour, spec, 4);
          engine.setParams(weights);
          const wasm = engine.lossAndGradient(sample);
          expect(wasm.count, shape).toBe(core.count);
          expect(Math.abs(wasm.loss - core.loss) / core.loss, shape).toBeLessThan(1e-5);
          expect(maxAbsDiff(wasm.grad, core.grad), shape).toBeLessThan(1e-4);
          // The gradient is not trivially small: the comparison above means something.
          expect(maxAbsDiff(core.grad, new Float64Array(core.grad.length)), shape).toBeGreaterThan(
            1e-2,
          );
        }
      });
    }
  }

  it('takes the weights in and gives them back in the core layout, bit for bit (float32)', () => {
    const spec = caseSpec(WASM_CELLS['lstm-peepholes']!, 'softmax', 'deep bidirectional');
    const weights = float32Weights(spec, 3);
    const engine = createWasmEngine(modules[flavour]!, flavour, spec);
    engine.setParams(weights);
    expect(engine.getParams()).toEqual(weights);
  });

  it('makes room for a sequence longer than planned, with the same result', () => {
    const spec = caseSpec(WASM_CELLS.gru!, 'softmax', 'single');
    const weights = float32Weights(spec, 4);
    const sample = caseSample(spec, 40, 9);
    const small = createWasmEngine(modules[flavour]!, flavour, spec, 2);
    const large = createWasmEngine(modules[flavour]!, flavour, spec, 64);
    small.setParams(weights);
    large.setParams(weights);
    const a = small.lossAndGradient(sample);
    const b = large.lossAndGradient(sample);
    expect(a.loss).toBe(b.loss);
    expect(a.grad).toEqual(b.grad);
  });

  it('refuses a target out of range and an input of the wrong size, with a message', () => {
    const spec = caseSpec(WASM_CELLS.lstm!, 'softmax', 'single');
    const engine = createWasmEngine(modules[flavour]!, flavour, spec);
    const x = new Float64Array(7);
    expect(() => engine.lossAndGradient({ inputs: [x], targets: [5] })).toThrow(/class index/);
    expect(() => engine.lossAndGradient({ inputs: [new Float64Array(3)], targets: [0] })).toThrow(
      /3 entries/,
    );
  });
});
