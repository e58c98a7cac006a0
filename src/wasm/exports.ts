/**
 * What the wasm engine's module exports (src/wasm/assembly/index.ts). Every pointer is a byte
 * address in the module's own memory; sizes count float32 entries; flags are 0 or 1. A cell is
 * named by the address of its descriptor (src/wasm/plan.ts), so one set of step functions
 * serves every cell kind.
 */
type Ptr = number;

export interface EngineExports {
  readonly memory: WebAssembly.Memory;
  heapBase(): Ptr;
  /** Step t of a sequence of T steps, of the cell described at `cell`. */
  forwardStep(cell: Ptr, t: number, T: number): void;
  /** Every step of a sequence of T steps, in the cell's direction. */
  forwardSweep(cell: Ptr, T: number): void;
  /** BPTT through steps [from, to) of T, from the layer's output errors already in place. */
  backwardSweep(cell: Ptr, T: number, from: number, to: number): void;
  headForward(V: Ptr, O: number, K: number, h: Ptr, z: Ptr): void;
  /** dh += Vᵀ dz and the bias's gradient += dz; V's own gradient comes from outerSumAdd. */
  headBackward(V: Ptr, gV: Ptr, O: number, K: number, dz: Ptr, dh: Ptr): void;
  softmaxLoss(z: Ptr, O: number, target: number, dz: Ptr): number;
  linearLoss(z: Ptr, O: number, d: Ptr, dz: Ptr): number;
  sigmoidLoss(z: Ptr, O: number, d: Ptr, dz: Ptr): number;
  sumSquares(g: Ptr, n: number): number;
  scaleAndClip(g: Ptr, n: number, scale: number, c: number): void;
  sgdStep(p: Ptr, g: Ptr, n: number, lr: number, scale: number): void;
  momentumStep(
    p: Ptr,
    g: Ptr,
    m: Ptr,
    n: number,
    lr: number,
    mu: number,
    scale: number,
    nesterov: number,
  ): void;
  rmspropStep(
    p: Ptr,
    g: Ptr,
    r: Ptr,
    n: number,
    lr: number,
    rho: number,
    eps: number,
    scale: number,
  ): void;
  adagradStep(p: Ptr, g: Ptr, G: Ptr, n: number, lr: number, eps: number, scale: number): void;
  adamStep(
    p: Ptr,
    g: Ptr,
    m: Ptr,
    v: Ptr,
    n: number,
    stepSize: number,
    rootC2: number,
    b1: number,
    b2: number,
    eps: number,
    scale: number,
  ): void;
  zero(dst: Ptr, n: number): void;
  gemvAdd(out: Ptr, W: Ptr, rows: number, cols: number, x: Ptr): void;
  /** out += Wᵀ d (W is rows × cols). */
  gemvTAdd(out: Ptr, W: Ptr, rows: number, cols: number, d: Ptr): void;
  /** G[r, c] += Σ_{m<n} D[m·dStride + r] · X[m·xStride + c] (G is rows × cols). */
  outerSumAdd(
    G: Ptr,
    rows: number,
    cols: number,
    D: Ptr,
    dStride: number,
    X: Ptr,
    xStride: number,
    n: number,
  ): void;
  /** An activation (descriptor.ts's code) applied in place to n floats. */
  activateAll(kind: number, a: Ptr, n: number): void;
}
