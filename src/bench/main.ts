import { measure, type BenchConfig, type EngineName } from './engines';
import { longestTaskWhileTraining } from './mainThread';
import { runParity } from './parity';

/**
 * The in-browser half of `npm run bench`: trains every engine × model × hidden size × batch
 * for a short budget each and publishes the results on `window.__bench` (read by
 * scripts/bench-browser.mjs) and in the page.
 */
const query = new URLSearchParams(window.location.search);
const quick = query.has('quick');
const engines: EngineName[] = [
  'core',
  'tf-webgl',
  'tf-wasm',
  'tf-cpu',
  'layers-webgl',
  'layers-wasm',
  'layers-cpu',
];
const sizes = quick ? [32, 128] : [32, 128, 256];
const batches = [1, 32];
const budgetMs = quick ? 400 : 1500;

const out = document.getElementById('out')!;
const results: unknown[] = [];
const w = window as unknown as { __bench?: { done: boolean; results: unknown[]; error?: string } };
w.__bench = { done: false, results };

async function run() {
  for (const engine of engines) {
    for (const model of ['srn', 'lstm'] as const) {
      for (const H of sizes) {
        for (const B of batches) {
          const config: BenchConfig = { engine, model, H, B };
          try {
            const r = await measure(config, budgetMs);
            results.push(r);
            out.textContent += `${JSON.stringify(r)}\n`;
          } catch (e) {
            results.push({ ...config, error: e instanceof Error ? e.message : String(e) });
          }
        }
      }
    }
  }
  for (const backend of ['worker', 'thread'] as const) {
    const r = await longestTaskWhileTraining(backend);
    results.push({ kind: 'mainThread', ...r });
    out.textContent += `${JSON.stringify(r)}\n`;
  }
  w.__bench!.done = true;
}

const parity = query.get('parity');
if (parity === 'webgl' || parity === 'wasm' || parity === 'cpu') {
  const p = window as unknown as { __parity?: unknown };
  runParity(parity).then(
    (result) => {
      p.__parity = { done: true, ...result };
      out.textContent = JSON.stringify(result, null, 2);
    },
    (e: unknown) =>
      (p.__parity = { done: true, error: e instanceof Error ? e.message : String(e) }),
  );
} else {
  run().catch((e: unknown) => {
    w.__bench!.error = e instanceof Error ? e.message : String(e);
    w.__bench!.done = true;
  });
}
