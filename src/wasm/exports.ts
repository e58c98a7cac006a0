/**
 * What the wasm engine's module exports (src/wasm/assembly/index.ts). Every pointer is a byte
 * address in the module's own memory; sizes count float32 entries; flags are 0 or 1.
 */
type Ptr = number;

export interface EngineExports {
  readonly memory: WebAssembly.Memory;
  heapBase(): Ptr;
  srnForward(
    p: Ptr,
    I: number,
    H: number,
    act: number,
    x: Ptr,
    xj: number,
    prev: Ptr,
    cache: Ptr,
    out: Ptr,
  ): void;
  srnBackward(
    p: Ptr,
    g: Ptr,
    I: number,
    H: number,
    act: number,
    x: Ptr,
    xj: number,
    prev: Ptr,
    cache: Ptr,
    dOut: Ptr,
    dState: Ptr,
    dPrev: Ptr,
    dx: Ptr,
    scratch: Ptr,
  ): void;
  gruForward(
    p: Ptr,
    I: number,
    H: number,
    x: Ptr,
    xj: number,
    prev: Ptr,
    cache: Ptr,
    out: Ptr,
  ): void;
  gruBackward(
    p: Ptr,
    g: Ptr,
    I: number,
    H: number,
    x: Ptr,
    xj: number,
    prev: Ptr,
    cache: Ptr,
    dOut: Ptr,
    dState: Ptr,
    dPrev: Ptr,
    dx: Ptr,
    scratch: Ptr,
  ): void;
  lstmForward(
    p: Ptr,
    I: number,
    H: number,
    peep: number,
    x: Ptr,
    xj: number,
    prev: Ptr,
    cache: Ptr,
    out: Ptr,
  ): void;
  lstmBackward(
    p: Ptr,
    g: Ptr,
    I: number,
    H: number,
    peep: number,
    x: Ptr,
    xj: number,
    prev: Ptr,
    cache: Ptr,
    dOut: Ptr,
    dState: Ptr,
    dPrev: Ptr,
    dx: Ptr,
    scratch: Ptr,
  ): void;
  headForward(V: Ptr, O: number, K: number, h: Ptr, z: Ptr): void;
  headBackward(V: Ptr, gV: Ptr, O: number, K: number, h: Ptr, dz: Ptr, dh: Ptr): void;
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
}
