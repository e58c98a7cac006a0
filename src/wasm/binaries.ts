import scalarUrl from './build/engine-scalar.wasm?url';
import simdUrl from './build/engine-simd.wasm?url';
import { NoWebAssemblyError, wasmSupport, type WasmFlavour } from './detect';
import { compileEngine } from './load';

/**
 * The engine's compiled modules, fetched from the site's own origin (Vite `?url` assets built by
 * scripts/build-wasm.mjs) and compiled once per page or worker. Tests in Node swap the source
 * for one that reads the files (setEngineSource).
 */
type EngineSource = (flavour: WasmFlavour) => Promise<BufferSource>;

const fetchSource: EngineSource = async (flavour) => {
  const response = await fetch(flavour === 'simd' ? simdUrl : scalarUrl);
  if (!response.ok) throw new Error(`the wasm engine could not be loaded (${response.status})`);
  return response.arrayBuffer();
};

let source: EngineSource = fetchSource;
const compiled = new Map<WasmFlavour, Promise<WebAssembly.Module>>();

/** Where the binaries come from (null: fetch them, the default). Clears the compiled cache. */
export function setEngineSource(next: EngineSource | null): void {
  source = next ?? fetchSource;
  compiled.clear();
}

export interface LoadedEngine {
  readonly module: WebAssembly.Module;
  /** 'scalar' where this browser has no WebAssembly SIMD. */
  readonly flavour: WasmFlavour;
}

/** The compiled module of one build (the benchmark measures both). */
export function engineModule(flavour: WasmFlavour): Promise<WebAssembly.Module> {
  let module = compiled.get(flavour);
  if (!module) {
    module = source(flavour).then(compileEngine);
    compiled.set(flavour, module);
    module.catch(() => compiled.delete(flavour));
  }
  return module;
}

/** The module for this environment: SIMD where it validates, else the scalar build. */
export async function loadEngineModule(): Promise<LoadedEngine> {
  const { flavour } = wasmSupport();
  if (flavour === null) throw new NoWebAssemblyError();
  return { module: await engineModule(flavour), flavour };
}
