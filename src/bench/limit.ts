import { engineModule, type EngineExports } from '../wasm';

/**
 * The "limit" row of the benchmark: this browser's rate for the wasm engine's f32x4
 * matrix–vector product (the kernel its time steps spend most of their time in) on a 4H × H
 * matrix — the LSTM's recurrent weights — so every engine's training FLOP rate can be read as
 * a share of it. Called straight, with nothing around it.
 */
export async function matvecLimit(H: number, budgetMs: number) {
  const module = await engineModule('simd');
  const wasm = new WebAssembly.Instance(module, {}).exports as unknown as EngineExports;
  const rows = 4 * H;
  const cols = H;
  const base = Math.ceil(wasm.heapBase() / 16) * 16;
  const W = base;
  const x = W + rows * cols * 4;
  const out = x + cols * 4;
  const end = out + rows * 4;
  const short = end - wasm.memory.buffer.byteLength;
  if (short > 0) wasm.memory.grow(Math.ceil(short / 65536));
  const f32 = new Float32Array(wasm.memory.buffer);
  for (let k = 0; k < rows * cols; k++) f32[(W >> 2) + k] = ((k % 17) - 8) / 64;
  for (let k = 0; k < cols; k++) f32[(x >> 2) + k] = ((k % 5) - 2) / 4;
  const run = (n: number) => {
    for (let i = 0; i < n; i++) wasm.gemvAdd(out, W, rows, cols, x);
  };
  run(50);
  const t0 = performance.now();
  run(50);
  const one = Math.max((performance.now() - t0) / 50, 1e-4);
  const n = Math.max(100, Math.round(budgetMs / one));
  const start = performance.now();
  run(n);
  const seconds = (performance.now() - start) / 1000;
  return { kind: 'limit', H, rows, cols, gflops: (2 * rows * cols * n) / seconds / 1e9 };
}

/**
 * Floating-point operations of one training step of the benchmark's models (V = 64, T = 25,
 * one-hot inputs), counting the matrix work only: per time step and sequence, the recurrent
 * product forward, its gradient and back-propagated error backward (3 products of G·H × H,
 * G = 4 gates for the LSTM, 1 for the SRN) and the same three for the head (V × H), at 2
 * FLOPs per multiply-add.
 */
export function flopsPerStep(model: 'srn' | 'lstm', H: number, B: number, V = 64, T = 25) {
  const G = model === 'lstm' ? 4 : 1;
  return B * T * 2 * 3 * (G * H * H + V * H);
}
