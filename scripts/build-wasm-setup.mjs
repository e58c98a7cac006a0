// Vitest globalSetup: the wasm engine's tests read src/wasm/build/*.wasm, so compile them first
// when they are missing or stale (a fresh clone has none; they are not committed).
import { buildWasmInChild } from './build-wasm.mjs';

export default async function setup() {
  await buildWasmInChild();
}
