import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setEngineSource } from '../binaries';

/** Sessions in Node (Vitest) read the engine's binaries from src/wasm/build instead of fetching them. */
export function useEngineFilesForTests(): void {
  setEngineSource((flavour) => readFile(path.resolve('src/wasm/build', `engine-${flavour}.wasm`)));
}
