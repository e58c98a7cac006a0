/** The WebAssembly engine: float32 SIMD (or scalar) kernels compiled from src/wasm/assembly. */
export * from './binaries';
export * from './detect';
export * from './engine';
export type { EngineExports } from './exports';
export * from './load';
export * from './trainer';
