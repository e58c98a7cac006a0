// `npm run bench` (core part): training steps per second of the typed-array engine against a
// TensorFlow.js user's model on tfjs's CPU backend, measured in the same run on this machine.
// Prints a table and writes bench-results/bench-core.json. Numbers are ratios, not targets in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createModel, initParams, type ModelSpec, type Sample } from '../src/core/model';
import { createRng } from '../src/core/rng';
import { createEkfTrainer, createTrainer } from '../src/core/train';
import { oneHot } from '../src/core/vocabulary';
import { createTfCharModel, selectCpuBackend } from '../src/bench/baselineCharModel';

const V = 64;
const T = 25;
const quick = process.argv.includes('--quick');
const budgetMs = quick ? 600 : 2500;

/** Runs `step` repeatedly for about `budgetMs` after a short warm-up; returns steps per second. */
function rate(step: () => void): number {
  for (let i = 0; i < 3; i++) step();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    step();
    n++;
  }
  return (n * 1000) / (performance.now() - start);
}

function charSample(rng: ReturnType<typeof createRng>): { sample: Sample; ids: number[] } {
  const ids = Array.from({ length: T + 1 }, () => Math.floor(rng.next() * V));
  return {
    ids,
    sample: { inputs: ids.slice(0, T).map((i) => oneHot(i, V)), targets: ids.slice(1) },
  };
}

const spec = (kind: 'srn' | 'lstm', H: number, inputSize = V, outputSize = V): ModelSpec => ({
  cell:
    kind === 'srn'
      ? { kind: 'srn', activation: 'tanh' }
      : { kind: 'lstm', peepholes: false, forgetBias: 1 },
  inputSize,
  hiddenSize: H,
  outputSize,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
});

await selectCpuBackend();
const rows: Record<string, unknown>[] = [];
for (const kind of ['srn', 'lstm'] as const) {
  for (const H of [32, 64, 128]) {
    const rng = createRng(H);
    const { sample, ids } = charSample(rng);
    const model = createModel(spec(kind, H));
    const params = initParams(model, 1);
    const trainer = createTrainer(model, { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 5 });
    const core = rate(() => trainer.bpttStep(params, [sample]));
    const tfModel = createTfCharModel(kind, V, H);
    const tfCpu = rate(() => tfModel.trainStep(ids.slice(0, T), ids.slice(1)));
    tfModel.dispose();
    rows.push({
      what: 'BPTT + Adam, batch 1',
      model: kind.toUpperCase(),
      H,
      V,
      T,
      coreStepsPerSec: core,
      tfCpuStepsPerSec: tfCpu,
      ratio: core / tfCpu,
      coreCharsPerSec: core * T,
    });
  }
}
for (const kind of ['srn', 'lstm'] as const) {
  for (const H of [4, 8, 16]) {
    const rng = createRng(H);
    const model = createModel(spec(kind, H, 8, 8));
    const params = initParams(model, 1);
    const ids = Array.from({ length: T + 1 }, () => Math.floor(rng.next() * 8));
    const sample: Sample = {
      inputs: ids.slice(0, T).map((i) => oneHot(i, 8)),
      targets: ids.slice(1),
    };
    const trainer = createTrainer(model, { optimiser: { kind: 'sgd', lr: 0.01 } });
    const rtrl = rate(() => trainer.rtrlSequence(params, sample)) * T;
    // EKF steps walk through the sequence; a fresh filter for every sequence keeps P well
    // conditioned however long the measurement runs.
    const ekfRate = (decoupled: boolean) => {
      const options = { decoupled, jacobian: 'rtrl' as const, p0: 10, r: 1, q: 1e-4 };
      let ekf = createEkfTrainer(model, options);
      const w = params.slice();
      let t = 0;
      return rate(() => {
        if (t === T) {
          ekf = createEkfTrainer(model, options);
          w.set(params);
          t = 0;
        }
        ekf.step(w, sample.inputs[t]!, sample.targets[t]!);
        t++;
      });
    };
    const globalRate = ekfRate(false);
    const decoupledRate = ekfRate(true);
    rows.push({
      what: 'online steps/s (V = 8)',
      model: kind.toUpperCase(),
      H,
      parameters: model.layout.size,
      rtrlStepsPerSec: rtrl,
      ekfStepsPerSec: globalRate,
      dekfStepsPerSec: decoupledRate,
    });
  }
}

const f = (x: unknown) =>
  typeof x === 'number' ? (x >= 100 ? x.toFixed(0) : x.toPrecision(3)) : String(x);
console.log(
  '\nTraining throughput, typed-array engine vs tfjs-core CPU backend (same run, same machine)\n',
);
console.log('| Model | H | core steps/s | tfjs CPU steps/s | ratio | core chars/s |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows.filter((r) => 'ratio' in r))
  console.log(
    `| ${r['model']} | ${r['H']} | ${f(r['coreStepsPerSec'])} | ${f(r['tfCpuStepsPerSec'])} | ${f(r['ratio'])}× | ${f(r['coreCharsPerSec'])} |`,
  );
console.log('\nOnline algorithms, time steps per second (V = 8 inputs and outputs)\n');
console.log('| Model | H | parameters | RTRL | EKF (global) | EKF (decoupled) |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows.filter((r) => 'rtrlStepsPerSec' in r))
  console.log(
    `| ${r['model']} | ${r['H']} | ${r['parameters']} | ${f(r['rtrlStepsPerSec'])} | ${f(r['ekfStepsPerSec'])} | ${f(r['dekfStepsPerSec'])} |`,
  );
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  'bench-results/bench-core.json',
  JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2),
);
