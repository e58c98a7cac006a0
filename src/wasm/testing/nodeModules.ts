import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WasmFlavour } from '../detect';
import { compileEngine } from '../load';

/** The compiled engine module of a flavour, read from src/wasm/build (Vitest's globalSetup builds it). */
export async function engineModuleForTests(flavour: WasmFlavour): Promise<WebAssembly.Module> {
  const file = path.resolve('src/wasm/build', `engine-${flavour}.wasm`);
  return compileEngine(await readFile(file));
}
