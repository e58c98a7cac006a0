import type { CellSpec } from '../core/cells';
import { createModel, initParams, lossAndGradient, type ModelSpec } from '../core/model';
import { randomSample, relativeError } from '../core/testing';
import { selectBackend, type BackendName } from '../tf/backend';
import { batchFromSamples } from '../tf/batch';
import { createTfModel } from '../tf/tfModel';
import { liveTensors } from './liveTensors';
import { createTfTrainer } from '../tf/trainer';
import { bundledWasmPaths } from '../tf/wasmPaths';

/**
 * Engine parity in a real browser (`bench.html?parity=webgl`): the same weights and batch
 * give the same loss and gradient on the core engine (float64) and on tfjs's WebGL (or WASM)
 * backend (float32). The e2e suite reads the result from `window.__parity`.
 */
const cells: Record<string, CellSpec> = {
  'srn tanh': { kind: 'srn', activation: 'tanh' },
  gru: { kind: 'gru' },
  lstm: { kind: 'lstm', peepholes: false, forgetBias: 1 },
  'lstm peepholes': { kind: 'lstm', peepholes: true, forgetBias: 1 },
  clockwork: { kind: 'clockwork', activation: 'tanh', periods: [1, 2, 4] },
};

/**
 * Every cell in a small single layer (B = 2, H = 6); the LSTMs, whose WebGL kernels are custom
 * programs (src/tf/webglLstm.ts), also deep and bidirectional (reversed directions, a layer
 * fed by another) with odd B and H (blocks of the packed textures straddle rows and gates).
 */
const shapes = (cell: CellSpec) => [
  { name: 'single', layers: 1, bidirectional: false, B: 2, H: 6 },
  ...(cell.kind === 'lstm'
    ? [{ name: 'deep bidirectional, B 3, H 5', layers: 2, bidirectional: true, B: 3, H: 5 }]
    : []),
];

export async function runParity(backend: BackendName) {
  const choice = await selectBackend(backend, { wasmPaths: bundledWasmPaths, fallback: [] });
  const rows = [];
  for (const [name, cell] of Object.entries(cells)) {
    for (const output of ['softmax', 'linear'] as const) {
      for (const shape of shapes(cell)) {
        const spec: ModelSpec = {
          cell,
          inputSize: 3,
          hiddenSize: shape.H,
          outputSize: 4,
          output,
          layers: shape.layers,
          bidirectional: shape.bidirectional,
        };
        const model = createModel(spec);
        const params = initParams(model, 7, { kind: 'gaussian', std: 0.4 });
        const samples = Array.from({ length: shape.B }, (_, b) =>
          randomSample(b + 1, 8, 3, 4, output),
        );
        let loss = 0;
        const grad = new Float64Array(model.layout.size);
        for (const s of samples) {
          const r = lossAndGradient(model, params, s);
          loss += r.loss;
          r.grad.forEach((g, k) => (grad[k]! += g));
        }
        const tfModel = createTfModel(spec, params);
        const batch = batchFromSamples(spec, samples);
        const tf = tfModel.lossAndGradients(batch);
        // Three training steps leave no tensor behind (the fused LSTM's saved tensors included).
        const before = liveTensors();
        const trainer = createTfTrainer(tfModel, { optimiser: { kind: 'adam', lr: 0.01 } });
        for (let k = 0; k < 3; k++) {
          const r = trainer.trainStep(batch);
          await r.loss.data();
          r.loss.dispose();
          r.gradNorm.dispose();
        }
        // Adam's moments are the trainer's own: counted after it frees them.
        trainer.dispose();
        const leaked = liveTensors() - before;
        tfModel.dispose();
        rows.push({
          cell: name,
          output,
          shape: shape.name,
          lossError: Math.abs(tf.loss - loss) / Math.abs(loss),
          gradError: relativeError(tf.grad, grad),
          leaked,
        });
      }
    }
  }
  return { backend: choice.active, rows };
}
