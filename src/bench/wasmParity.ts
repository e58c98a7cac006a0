import type { OutputKind } from '../core/cells';
import { createModel, lossAndGradient } from '../core/model';
import { createTrainer, type TrainOptions } from '../core/train';
import {
  createWasmEngine,
  createWasmTrainer,
  engineModule,
  wasmSupport,
  type WasmFlavour,
} from '../wasm';
import {
  caseSample,
  caseSpec,
  float32Weights,
  maxAbsDiff,
  shapesFor,
  WASM_CELLS,
} from '../wasm/testing/cases';

/**
 * The wasm engine's parity in a real browser (`bench.html?parity=simd`), both builds — SIMD and
 * the scalar one a browser without WASM SIMD runs: in this page, from the same float32-rounded weights and
 * data, every cell × head × {single, its largest shape} gives the float64 core's loss and
 * gradient; then three Adam steps with clipping reach the core's weights. The e2e suite reads
 * the result from `window.__parity` (the Vitest suite checks the same in Node's V8, all shapes).
 */
const OUTPUTS: OutputKind[] = ['softmax', 'linear', 'sigmoid'];
/** The smallest and the largest shape each cell has (Jordan networks: no deep or reversed layers). */
const shapesOf = (cell: Parameters<typeof shapesFor>[0]) => {
  const all = shapesFor(cell);
  return [...new Set([all[0]!, all[all.length - 1]!])];
};
const TRAIN: TrainOptions = { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 1 };

export async function runWasmParity() {
  const rows = [];
  for (const flavour of ['simd', 'scalar'] as const) rows.push(...(await parityRows(flavour)));
  return { support: wasmSupport().flavour, rows };
}

async function parityRows(flavour: WasmFlavour) {
  const module = await engineModule(flavour);
  const rows = [];
  for (const [cellName, cell] of Object.entries(WASM_CELLS)) {
    for (const output of OUTPUTS) {
      for (const shape of shapesOf(cell)) {
        const spec = caseSpec(cell, output, shape);
        const model = createModel(spec);
        const weights = float32Weights(spec, 11);
        const samples = [caseSample(spec, 8, 5), caseSample(spec, 8, 6)];
        const core = lossAndGradient(model, weights, samples[0]!);
        const engine = createWasmEngine(module, flavour, spec, 8);
        engine.setParams(weights);
        const wasm = engine.lossAndGradient(samples[0]!);
        const coreParams = weights.slice();
        const coreTrainer = createTrainer(model, TRAIN);
        const wasmTrainer = createWasmTrainer(engine, TRAIN);
        engine.setParams(weights);
        for (let k = 0; k < 3; k++) {
          coreTrainer.bpttStep(coreParams, samples);
          wasmTrainer.bpttStep(samples);
        }
        rows.push({
          flavour,
          cell: cellName,
          output,
          shape,
          lossError: Math.abs(wasm.loss - core.loss) / Math.abs(core.loss),
          gradError: maxAbsDiff(wasm.grad, core.grad),
          gradScale: maxAbsDiff(core.grad, new Float64Array(core.grad.length)),
          trainedError: maxAbsDiff(engine.getParams(), coreParams),
        });
      }
    }
  }
  return rows;
}
