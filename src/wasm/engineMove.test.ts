import { beforeAll, describe, expect, it } from 'vitest';
import { createModel, loadModel, lossAndGradient, saveModel } from '../core/model';
import type { WasmFlavour } from './detect';
import { createWasmEngine } from './load';
import { createWasmTrainer } from './trainer';
import { caseSample, caseSpec, float32Weights, WASM_CELLS } from './testing/cases';
import { engineModuleForTests } from './testing/nodeModules';

/**
 * A model trained on the wasm engine moves through the shared save format to the core and
 * back without loss: the file holds the engine's weights exactly, the core's loss on them is the
 * engine's, and a fresh engine loaded from the file holds the same weights bit for bit.
 */
const modules: Partial<Record<WasmFlavour, WebAssembly.Module>> = {};
beforeAll(async () => {
  modules.simd = await engineModuleForTests('simd');
  modules.scalar = await engineModuleForTests('scalar');
});

const MOVED = ['clockwork', 'jordan', 'lstm-fgr', 'lstm-1997-truncated', 'lstm-cifg'] as const;

describe.each(['simd', 'scalar'] as const)('the %s build', (flavour) => {
  for (const name of MOVED) {
    it(`${name}: trained here, saved, loaded by the core and back, loses nothing`, () => {
      const spec = caseSpec(WASM_CELLS[name]!, 'linear', 'single');
      const engine = createWasmEngine(modules[flavour]!, flavour, spec);
      const start = float32Weights(spec, 5);
      engine.setParams(start);
      const trainer = createWasmTrainer(engine, { optimiser: { kind: 'sgd', lr: 0.1 } });
      for (let step = 0; step < 3; step++) trainer.bpttStep([caseSample(spec, 10, step)]);
      const trained = engine.getParams();
      expect(trained).not.toEqual(start);

      const file = saveModel(createModel(spec), trained);
      const loaded = loadModel(file);
      expect(loaded.params).toEqual(trained);
      const sample = caseSample(spec, 12, 99);
      const core = lossAndGradient(loaded.model, loaded.params, sample);
      const here = engine.lossAndGradient(sample);
      expect(Math.abs(here.loss - core.loss) / core.loss).toBeLessThan(1e-5);

      const again = createWasmEngine(modules[flavour]!, flavour, loaded.model.spec);
      again.setParams(loaded.params);
      expect(again.getParams()).toEqual(trained);
      expect(again.lossAndGradient(sample).loss).toBe(here.loss);
    });
  }
});
