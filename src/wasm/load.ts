import { isStandardLstm } from '../core/cells';
import { createModel, type ModelSpec } from '../core/model';
import type { WasmFlavour } from './detect';
import { WasmEngine } from './engine';
import type { EngineExports } from './exports';

/** Why the wasm engine cannot run this model, or null when it can. */
export function wasmEngineProblem(spec: ModelSpec): string | null {
  const { cell } = spec;
  if (cell.kind === 'jordan' || cell.kind === 'clockwork')
    return `the wasm engine has no ${cell.kind === 'jordan' ? 'Jordan' : 'clockwork'} cell yet: it trains on the typed-array engine`;
  if (cell.kind === 'lstm' && !isStandardLstm(cell))
    return 'the wasm engine has the standard LSTM cell only (with or without peepholes): this variant trains on the typed-array engine';
  return null;
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
