import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../core/rng';
import * as D from './assembly/descriptor';
import type { WasmFlavour } from './detect';
import type { EngineExports } from './exports';
import { engineModuleForTests } from './testing/nodeModules';

/**
 * The wasm engine's kernels on their own, in both builds, against plain float64 references:
 * the activations (the SIMD build's f32x4 exp/sigmoid/tanh, src/wasm/assembly/vmath.ts), Wᵀ d
 * in column blocks, and the weight gradient summed over steps as one product (outerSum.ts).
 * Sizes are chosen so that every SIMD block and every scalar tail runs.
 */
const modules: Partial<Record<WasmFlavour, WebAssembly.Module>> = {};
beforeAll(async () => {
  modules.simd = await engineModuleForTests('simd');
  modules.scalar = await engineModuleForTests('scalar');
});

/** A fresh instance and a bump allocator of float32 arrays in its memory. */
function instance(flavour: WasmFlavour) {
  const wasm = new WebAssembly.Instance(modules[flavour]!, {}).exports as unknown as EngineExports;
  let at = Math.ceil(wasm.heapBase() / 16) * 16;
  wasm.memory.grow(4);
  const put = (values: ArrayLike<number>) => {
    const address = at;
    new Float32Array(wasm.memory.buffer, address, values.length).set(values);
    // Odd sizes on purpose: the next array may start off a 16-byte boundary, as rows do.
    at += values.length * 4;
    return address;
  };
  const read = (address: number, n: number) =>
    Float64Array.from(new Float32Array(wasm.memory.buffer, address, n));
  return { wasm, put, read };
}

const random = (seed: number, n: number) => {
  const rng = createRng(seed);
  return Float32Array.from({ length: n }, () => 2 * rng.next() - 1);
};

/** Largest |a − b| / max(|b|, floor): relative, but absolute for values near zero. */
function worst(a: ArrayLike<number>, b: ArrayLike<number>, floor: number): number {
  let w = 0;
  for (let k = 0; k < b.length; k++)
    w = Math.max(w, Math.abs(a[k]! - b[k]!) / Math.max(Math.abs(b[k]!), floor));
  return w;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe.each(['simd', 'scalar'] as const)('the %s build', (flavour) => {
  // From −100 to 100, densest near 0, with exact zeros and the tanh polynomial's edge (0.625).
  const inputs = Float32Array.from([
    ...Array.from({ length: 2001 }, (_, k) => ((k - 1000) / 1000) ** 3 * 100),
    0,
    -0,
    0.625,
    -0.625,
    0.62499994,
    1e-7,
    -1e-30,
    90,
    -90,
  ]);

  it('tanh and the sigmoid within a few float32 ulp of the float64 functions', () => {
    for (const [kind, f] of [
      [D.TANH, Math.tanh],
      [D.SIGMOID, sigmoid],
    ] as const) {
      const { wasm, put, read } = instance(flavour);
      const a = put(inputs);
      wasm.activateAll(kind, a, inputs.length);
      const want = Array.from(inputs, f);
      // 4e-7 relative is about 3 ulp; below 1e-30 (the sigmoid far left) absolute.
      expect(worst(read(a, inputs.length), want, 1e-30)).toBeLessThan(4e-7);
    }
  });

  it('ReLU gives max(0, x), +0 for −0; linear leaves the values', () => {
    const { wasm, put, read } = instance(flavour);
    const a = put(inputs);
    wasm.activateAll(D.RELU, a, inputs.length);
    const got = read(a, inputs.length);
    inputs.forEach((x, k) => expect(Object.is(got[k], x > 0 ? x : 0)).toBe(true));
    const b = put(inputs);
    wasm.activateAll(D.LINEAR, b, inputs.length);
    expect(read(b, inputs.length)).toEqual(Float64Array.from(inputs));
  });

  it('gemvTAdd adds Wᵀ d, every column block and tail', () => {
    for (const [rows, cols] of [
      [7, 37],
      [12, 16],
      [5, 3],
    ] as const) {
      const { wasm, put, read } = instance(flavour);
      const W = random(1, rows * cols);
      const d = random(2, rows);
      const start = random(3, cols);
      const out = put(start);
      wasm.gemvTAdd(out, put(W), rows, cols, put(d));
      const want = Array.from(start, (s, c) => {
        let sum = s;
        for (let r = 0; r < rows; r++) sum += W[r * cols + c]! * d[r]!;
        return sum;
      });
      expect(worst(read(out, cols), want, 1)).toBeLessThan(1e-6);
    }
  });

  it('outerSumAdd adds Σₙ dₙ xₙᵀ with strided steps, every block and tail', () => {
    for (const [rows, cols, n] of [
      [9, 13, 5],
      [8, 16, 25],
      [3, 2, 1],
    ] as const) {
      const { wasm, put, read } = instance(flavour);
      // Steps laid out as in the records: each step's d and x inside a longer stride.
      const dStride = rows + 5;
      const xStride = cols + 3;
      const Dm = random(4, n * dStride);
      const X = random(5, n * xStride);
      const start = random(6, rows * cols);
      const G = put(start);
      wasm.outerSumAdd(G, rows, cols, put(Dm), dStride, put(X), xStride, n);
      const want = Array.from(start, (s, k) => {
        const r = Math.floor(k / cols);
        const c = k % cols;
        let sum = s;
        for (let m = 0; m < n; m++) sum += Dm[m * dStride + r]! * X[m * xStride + c]!;
        return sum;
      });
      expect(worst(read(G, rows * cols), want, 1)).toBeLessThan(1e-5);
      // No steps: nothing changes.
      wasm.outerSumAdd(G, rows, cols, put(Dm), dStride, put(X), xStride, 0);
      expect(worst(read(G, rows * cols), want, 1)).toBeLessThan(1e-5);
    }
  });
});
