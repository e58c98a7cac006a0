// Compiles the wasm engine (src/wasm/assembly, AssemblyScript) into two binaries from the same
// source: engine-simd.wasm (f32x4 SIMD) and engine-scalar.wasm (the fallback where a browser
// lacks WASM SIMD). The output (src/wasm/build/) is not committed: `npm run build`, the dev
// server (the Vite plugin in vite.config.ts) and the unit tests (Vitest's globalSetup) all call
// buildWasm(), which compiles only when a binary is missing or older than its sources.
//
//   node scripts/build-wasm.mjs [--force]
import { spawn } from 'node:child_process';
import { readdir, stat, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'src/wasm/assembly');
export const wasmOutDir = path.join(root, 'src/wasm/build');

const flavours = [
  { file: 'engine-simd.wasm', features: ['--enable', 'simd'] },
  { file: 'engine-scalar.wasm', features: ['--disable', 'simd'] },
];

async function mtime(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return -1;
  }
}

/** The newest modification time among the sources (and this script, which sets the flags). */
async function newestSource() {
  const names = (await readdir(sourceDir)).filter((n) => n.endsWith('.ts') || n.endsWith('.json'));
  const times = await Promise.all(
    [...names.map((n) => path.join(sourceDir, n)), fileURLToPath(import.meta.url)].map(mtime),
  );
  return Math.max(...times);
}

/** Builds the binaries that are missing or stale (all with force); returns the files built. */
export async function buildWasm({ force = false, log = console.log } = {}) {
  const newest = await newestSource();
  const stale = [];
  for (const flavour of flavours) {
    const out = path.join(wasmOutDir, flavour.file);
    if (force || (await mtime(out)) < newest) stale.push(flavour);
  }
  if (stale.length === 0) return [];
  await mkdir(wasmOutDir, { recursive: true });
  const { default: asc } = await import('assemblyscript/asc');
  for (const flavour of stale) {
    const out = path.join(wasmOutDir, flavour.file);
    const errors = [];
    const { error } = await asc.main(
      [
        path.join(sourceDir, 'index.ts'),
        '-O3',
        '--runtime',
        'stub',
        '--noAssert',
        ...flavour.features,
        '--outFile',
        out,
      ],
      { stderr: { write: (text) => errors.push(String(text)) } },
    );
    if (error)
      throw new Error(`building ${flavour.file} failed: ${error.message}\n${errors.join('')}`);
    log(`wasm engine: built ${path.relative(root, out)}`);
  }
  return stale.map((f) => f.file);
}

/**
 * buildWasm() in a separate Node process. Vite's config and Vitest's globalSetup load through a
 * module runner that refuses a dynamic import() once the config is loaded ("Vite module runner
 * has been closed"), and the compiler is imported dynamically so that a fresh build costs
 * nothing: so they start this script instead.
 */
export function buildWasmInChild() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url)], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building the wasm engine failed (exit ${code})`)),
    );
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWasm({ force: process.argv.includes('--force') });
}
