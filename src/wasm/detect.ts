/**
 * Feature detection for the wasm engine: WebAssembly itself, and 128-bit SIMD, by validating the
 * smallest module that uses a SIMD instruction (a function returning i8x16.popcnt(i8x16.splat(0)), the test wasm-feature-detect uses). Where
 * SIMD is missing the engine runs its scalar build of the same source.
 */
const SIMD_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15,
  253, 98, 11,
]);

export type WasmFlavour = 'simd' | 'scalar';

export interface WasmSupport {
  /**
   * The build that runs here ('scalar': this browser has no WebAssembly SIMD), or null when
   * there is no WebAssembly at all. The flavour is the reason: the UI words it.
   */
  readonly flavour: WasmFlavour | null;
}

/** This environment has no WebAssembly at all (loadEngineModule throws it). */
export class NoWebAssemblyError extends Error {
  constructor() {
    super('WebAssembly is not available here');
    this.name = 'NoWebAssemblyError';
  }
}

/** A test hook: pretend this browser lacks WASM SIMD (or WebAssembly), or stop pretending. */
let forced: 'no-simd' | 'no-wasm' | null = null;
export function forceWasmSupport(what: 'no-simd' | 'no-wasm' | null): void {
  forced = what;
}

export function wasmSupport(): WasmSupport {
  if (forced === 'no-wasm' || typeof WebAssembly === 'undefined') return { flavour: null };
  if (forced === 'no-simd' || !WebAssembly.validate(SIMD_PROBE)) return { flavour: 'scalar' };
  return { flavour: 'simd' };
}
