// Where one training step of the benchmark's LSTM (V = 64, T = 25, batch 1, Adam, norm
// clipping; src/bench/engines.ts) spends its time on the wasm engine, kernel by kernel, in Node:
// the forward sweep (and, inside it, the fused 4H × H gate product alone), the head's logits
// and loss, the head's backward, the backward sweep, the gradient norm and the optimiser, and
// what is left (the JavaScript around them). Each part is called on its own in a loop, with
// the memory a real step leaves behind, so the parts add up to about the whole step.
//
//   npx tsx scripts/time-wasm-kernels.ts [--wasm=src/wasm/build/engine-simd.wasm] [--sizes=64,128]
import { readFile } from 'node:fs/promises';
import { createModel, initParams, type ModelSpec, type Sample } from '../src/core/model';
import { createRng } from '../src/core/rng';
import { oneHot } from '../src/core/vocabulary';
import { compileEngine, createWasmEngine } from '../src/wasm/load';
import type { MemoryPlan } from '../src/wasm/plan';
import { createWasmTrainer } from '../src/wasm/trainer';

// The benchmark's model and data (src/bench/engines.ts, which also loads tfjs, so not imported).
const V = 64;
const T = 25;
const specFor = (H: number): ModelSpec => ({
  cell: { kind: 'lstm', peepholes: false, forgetBias: 1 },
  inputSize: V,
  hiddenSize: H,
  outputSize: V,
  output: 'softmax',
  layers: 1,
  bidirectional: false,
});
function sampleFor(seed: number): Sample {
  const rng = createRng(seed);
  const ids = Array.from({ length: T + 1 }, () => Math.floor(rng.next() * V));
  return { inputs: ids.slice(0, T).map((i) => oneHot(i, V)), targets: ids.slice(1) };
}
/** src/bench/limit.ts's count: 2 · 3 · (4H² + VH) per symbol. */
const flopsPerStep = (H: number) => T * 2 * 3 * (4 * H * H + V * H);

const arg = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? null;
const file = arg('wasm') ?? 'src/wasm/build/engine-simd.wasm';
const sizes = (arg('sizes') ?? '64,128').split(',').map(Number);
const module = await compileEngine(await readFile(file));

/**
 * Microseconds per call of `fn`: the fastest of 200 short rounds (~1 ms each). On a shared,
 * loaded machine a short round often runs without being preempted; a long one never does.
 */
function time(fn: () => void): number {
  for (let i = 0; i < 50; i++) fn();
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - t0 > 0.5) break;
    n *= 2;
  }
  let best = Infinity;
  for (let round = 0; round < 200; round++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    best = Math.min(best, ((performance.now() - t0) * 1000) / n);
  }
  return best;
}

for (const H of sizes) {
  const spec = specFor(H);
  const engine = createWasmEngine(module, 'simd', spec, T);
  engine.setParams(initParams(createModel(spec), 1));
  const trainer = createWasmTrainer(engine, { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 5 });
  const samples = [sampleFor(H * 31 + 1)];
  const wasm = engine.exports;
  // The plan is the engine's own; a measuring script may read it.
  const plan = (engine as unknown as { plan: MemoryPlan }).plan;
  const cell = plan.layers[0]!.cells[0]!;
  const top = plan.layers[0]!;
  const head = engine.model.head!;
  const V0 = plan.params + head.offset * 4;
  const gV0 = plan.grad + head.offset * 4;
  const P = engine.paramCount;
  const Wh = plan.params + 4 * H * V * 4;
  const scratch = cell.words[18]!;
  const records = cell.words[5]!;

  // An engine built before ∂E/∂V was summed over steps (to time main's build): its headBackward
  // took h too and added dz hᵀ itself.
  type OldHeadBackward = (...args: number[]) => void;
  const oldHead =
    wasm.headBackward.length === 7 ? (wasm.headBackward as unknown as OldHeadBackward) : null;
  const whole = time(() => trainer.bpttStep(samples));
  const parts: [string, number][] = [
    ['forward sweep (T steps)', time(() => wasm.forwardSweep(cell.descriptor, T))],
    [
      '  of which the 4H × H gate products',
      time(() => {
        for (let t = 0; t < T; t++) wasm.gemvAdd(scratch, Wh, 4 * H, H, records);
      }),
    ],
    [
      'head forward + softmax loss',
      time(() => {
        for (let t = 0; t < T; t++) {
          const z = plan.logits + t * V * 4;
          wasm.headForward(V0, V, H, top.outs + t * H * 4, z);
          wasm.softmaxLoss(z, V, 1, plan.dLogits + t * V * 4);
        }
      }),
    ],
    [
      'head backward (errors per step, ∂E/∂V summed)',
      time(() => {
        for (let t = 0; t < T; t++) {
          const dz = plan.dLogits + t * V * 4;
          const h = top.outs + t * H * 4;
          if (oldHead) oldHead(V0, gV0, V, H, h, dz, top.dOuts + t * H * 4);
          else wasm.headBackward(V0, gV0, V, H, dz, top.dOuts + t * H * 4);
        }
        if (!oldHead) wasm.outerSumAdd(gV0, V, H, plan.dLogits, V, top.outs, H, T);
      }),
    ],
    ['backward sweep (T steps)', time(() => wasm.backwardSweep(cell.descriptor, T, 0, T))],
    ['zero gradient', time(() => wasm.zero(plan.grad, P))],
  ];
  // The optimiser on a real gradient, from zero moments: the entries no symbol of the batch
  // touches keep a zero gradient and zero moments (not a decaying run of denormals).
  engine.lossAndGradient(samples[0]!);
  wasm.zero(plan.moment1, P);
  wasm.zero(plan.moment2, P);
  parts.push(['gradient norm', time(() => wasm.sumSquares(plan.grad, P))]);
  parts.push([
    'Adam',
    time(() =>
      wasm.adamStep(
        plan.params,
        plan.grad,
        plan.moment1,
        plan.moment2,
        P,
        0,
        1,
        0.9,
        0.999,
        1e-8,
        1,
      ),
    ),
  ]);
  const counted = parts.filter(([name]) => !name.startsWith(' ')).reduce((s, [, us]) => s + us, 0);
  parts.push(['the rest (JavaScript: samples in, calls)', whole - counted]);
  const gflops = flopsPerStep(H) / whole / 1e3;
  const limit = (2 * 4 * H * H) / time(() => wasm.gemvAdd(scratch, Wh, 4 * H, H, records)) / 1e3;
  console.log(
    `LSTM H = ${H}, batch 1: ${whole.toFixed(1)} µs per step, ${gflops.toFixed(2)} GFLOP/s;` +
      ` the 4H × H matvec alone ${limit.toFixed(2)} GFLOP/s → ${((100 * gflops) / limit).toFixed(0)}%`,
  );
  for (const [name, us] of parts)
    console.log(
      `  ${name.padEnd(42)} ${us.toFixed(1).padStart(8)} µs ${((100 * us) / whole).toFixed(0).padStart(4)}%`,
    );
}
