import { autoVerdict } from './autoPick';
import { measureCharRnn } from './charRnn';
import { benchSamples, measure, specFor, type BenchConfig, type EngineName } from './engines';
import { flopsPerStep, matvecLimit } from './limit';
import { longestTaskWhileTraining } from './mainThread';
import { runParity } from './parity';
import { runWasmParity } from './wasmParity';

/**
 * The in-browser half of `npm run bench`: trains every engine × model × hidden size × batch
 * for a short budget each, asks which engine the sessions' 'auto' ends on for that row (autoPick.ts), and
 * publishes the results on `window.__bench` (read by scripts/bench-browser.mjs) and in the page.
 *
 * Query: `quick` (H 32 and 128, shorter budgets); for development, comma lists `engines`,
 * `models`, `sizes`, `batches`, and `budget` (ms per measurement), `noauto`, `nomain`, and
 * `mainonly` (only the main-thread measurement), `nolimit` (no f32x4 matvec "limit" row),
 * `nocharrnn` (no CharRNN row), `charrnnonly`.
 */
const query = new URLSearchParams(window.location.search);
const quick = query.has('quick');
const list = (name: string, fallback: string[]) => query.get(name)?.split(',') ?? fallback;
/** Our engines: what the auto-pick chooses among. */
const ours: EngineName[] = ['core', 'wasm-simd', 'tf-webgl', 'tf-wasm', 'tf-cpu'];
/** The wasm engine's scalar build: what browsers without WASM SIMD get. */
const fallbacks: EngineName[] = ['wasm-scalar'];
/** Our tfjs engine with earlier LSTMs (LSTM rows only), to measure each optimisation. */
const lstmVariants: EngineName[] = [
  'tf-webgl-fusedops',
  'tf-webgl-autodiff',
  'tf-wasm-autodiff',
  'tf-cpu-autodiff',
];
const baselines: EngineName[] = ['layers-webgl', 'layers-wasm', 'layers-cpu'];
const engines = list('engines', [
  ...ours,
  ...fallbacks,
  ...lstmVariants,
  ...baselines,
]) as EngineName[];
const models = list('models', ['srn', 'lstm']) as ('srn' | 'lstm')[];
const sizes = list('sizes', quick ? ['32', '128'] : ['32', '128', '256']).map(Number);
const batches = list('batches', ['1', '32']).map(Number);
const budgetMs = Number(query.get('budget') ?? (quick ? 400 : 800));

const out = document.getElementById('out')!;
const results: unknown[] = [];
const w = window as unknown as { __bench?: { done: boolean; results: unknown[]; error?: string } };
w.__bench = { done: false, results };
const log = (r: unknown) => {
  results.push(r);
  out.textContent += `${JSON.stringify(r)}\n`;
};

/** Which engine the sessions' 'auto' ends on for a row, against the fastest measured here. */
async function autoPick(
  model: 'srn' | 'lstm',
  H: number,
  B: number,
  rates: Map<EngineName, number>,
) {
  const verdict = await autoVerdict({
    spec: specFor(model, H),
    seed: 1,
    train: { optimiser: { kind: 'adam', lr: 0.01 }, clipNorm: 5 },
    data: { kind: 'samples', samples: benchSamples(H, B) },
    batchSize: B,
  });
  const picked: EngineName = verdict.engine === 'simd' ? 'wasm-simd' : 'core';
  let fastest: EngineName = picked;
  for (const [e, r] of rates) if (r > (rates.get(fastest) ?? 0)) fastest = e;
  const pickedRate = rates.get(picked) ?? 0;
  const fastestRate = rates.get(fastest) ?? 0;
  return {
    kind: 'autoPick',
    model,
    H,
    B,
    picked,
    fastest,
    pickedRate,
    fastestRate,
    ratio: fastestRate > 0 ? pickedRate / fastestRate : 0,
    within10: fastestRate > 0 && pickedRate >= 0.9 * fastestRate,
    chooserRates: verdict.rates,
  };
}

async function run() {
  if (!query.has('nocharrnn') && !query.has('mainonly'))
    log(await measureCharRnn(query.has('quick') ? 1500 : 3000));
  if (query.has('charrnnonly')) {
    w.__bench!.done = true;
    return;
  }
  if (!query.has('mainonly') && !query.has('nolimit'))
    for (const H of sizes) log(await matvecLimit(H, budgetMs));
  for (const model of query.has('mainonly') ? [] : models) {
    for (const H of sizes) {
      for (const B of batches) {
        const rates = new Map<EngineName, number>();
        for (const engine of engines) {
          if (engine.endsWith('-autodiff') || engine.endsWith('-fusedops'))
            if (model !== 'lstm') continue;
          const config: BenchConfig = { engine, model, H, B };
          try {
            const measured = await measure(config, budgetMs);
            const r = {
              ...measured,
              gflops: (measured.stepsPerSecond * flopsPerStep(model, H, B)) / 1e9,
            };
            if (
              ours.includes(engine) &&
              r.backend === engine.replace('tf-', '').replace('core', 'typed arrays')
            )
              rates.set(engine, r.stepsPerSecond);
            log(r);
          } catch (e) {
            log({ ...config, error: e instanceof Error ? e.message : String(e) });
          }
        }
        if (!query.has('noauto')) {
          try {
            log(await autoPick(model, H, B, rates));
          } catch (e) {
            log({
              kind: 'autoPick',
              model,
              H,
              B,
              error: e instanceof Error ? e.message : String(e),
            });
          }
        }
      }
    }
  }
  if (!query.has('nomain')) {
    for (const backend of ['worker', 'thread'] as const) {
      const r = await longestTaskWhileTraining(backend);
      log({ kind: 'mainThread', ...r });
    }
  }
  w.__bench!.done = true;
}

const parity = query.get('parity');
if (parity === 'simd') {
  const p = window as unknown as { __parity?: unknown };
  runWasmParity().then(
    (result) => (p.__parity = { done: true, ...result }),
    (e: unknown) =>
      (p.__parity = { done: true, error: e instanceof Error ? e.message : String(e) }),
  );
} else if (parity === 'webgl' || parity === 'wasm' || parity === 'cpu') {
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
