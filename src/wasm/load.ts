import { checkSpec, createModel, type ModelSpec } from '../core/model';
import type { WasmFlavour } from './detect';
import { WasmEngine } from './engine';
import type { EngineExports } from './exports';

/**
 * Why the wasm engine cannot run this model, or null when it can. It has every cell the core
 * has (src/wasm/cellKinds.ts maps each kind; a new kind fails the type check there until it
 * does), so only a spec the core itself refuses is refused.
 */
export function wasmEngineProblem(spec: ModelSpec): string | null {
  try {
    checkSpec(spec);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Compiles the engine's module from its bytes (once per page and flavour; instances are cheap). */
export function compileEngine(bytes: BufferSource): Promise<WebAssembly.Module> {
  return WebAssembly.compile(bytes);
}

/**
 * A fresh instance of the compiled module (its own memory) holding one model, ready for
 * sequences of up to `steps` steps (it makes room for longer ones when they come).
 */
export function createWasmEngine(
  module: WebAssembly.Module,
  flavour: WasmFlavour,
  spec: ModelSpec,
  steps?: number,
): WasmEngine {
  const problem = wasmEngineProblem(spec);
  if (problem) throw new Error(problem);
  const instance = new WebAssembly.Instance(module, {});
  return new WasmEngine(
    instance.exports as unknown as EngineExports,
    createModel(spec),
    flavour,
    steps,
  );
}
