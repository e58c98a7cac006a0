import { createModel, initParams, type ModelSpec, type Sample } from '../core/model';
import { createTrainer } from '../core/train';
import {
  NoBackendError,
  selectBackend,
  webglAvailable,
  type BackendName,
  type BackendOptions,
} from '../tf/backend';
import { batchFromSamples } from '../tf/batch';
import { createTfModel } from '../tf/tfModel';
import { createTfTrainer } from '../tf/trainer';
import { ENGINES, pickFastest } from './engineRegistry';

export {
  ENGINES,
  autoReason,
  pickFastest,
  type AutoPick,
  type EngineRates,
} from './engineRegistry';
import { wasmEngineProblem } from '../wasm/load';

/**
 * Which engine trains a given model fastest on this device, measured rather than assumed:
 * tiny models run faster on the typed-array engine, large batched ones may not, and on
 * machines without a GPU (software WebGL) the WASM backend can beat both. The verdict is cached
 * per device and model shape, so the measurement (a few steps of each candidate, about 300 ms
 * in all) happens once.
 */
export type EngineKind = 'core' | 'simd' | BackendName;

export interface EngineVerdict {
  readonly engine: EngineKind;
  /** Measured training steps per second; 0 for a candidate that could not run or ran out of time. */
  readonly stepsPerSecond: Readonly<Partial<Record<EngineKind, number>>>;
  /** Why a candidate was skipped (no WebGL, too slow to start …). */
  readonly skipped: Readonly<Partial<Record<EngineKind, string>>>;
}

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A remembered verdict, or null when there is none or storage refuses to be read. */
function readStored(storage: StorageLike | null | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null; // storage denied: measure again
  }
}

export interface ChooseOptions {
  readonly candidates?: readonly EngineKind[];
  /** The whole measurement's time budget. */
  readonly budgetMs?: number;
  readonly storage?: StorageLike | null;
  /** Identifies the device (e.g. the WebGL renderer and core count) in the cache key. */
  readonly deviceKey?: string;
  readonly backendOptions?: BackendOptions;
  readonly now?: () => number;
}

export function shapeKey(spec: ModelSpec, batchSize: number, steps: number): string {
  const cell = spec.cell.kind === 'lstm' && spec.cell.peepholes ? 'lstm+p' : spec.cell.kind;
  return `${cell}:${spec.inputSize}x${spec.hiddenSize}x${spec.outputSize}:l${spec.layers}${spec.bidirectional ? 'bi' : ''}:b${batchSize}:t${steps}`;
}

// 2: the wasm engine ('simd') joined the candidates.
const CACHE_VERSION = 2;

/** Times `step` until about `ms` has passed (at least two steps after one warm-up). */
async function timeSteps(
  step: () => Promise<void>,
  ms: number,
  now: () => number,
): Promise<number> {
  await step();
  let n = 0;
  const start = now();
  do {
    await step();
    n++;
  } while (now() - start < ms || n < 2);
  return (n * 1000) / Math.max(now() - start, 1e-3);
}

export async function chooseEngine(
  spec: ModelSpec,
  batch: readonly Sample[],
  options: ChooseOptions = {},
): Promise<EngineVerdict> {
  const candidates = options.candidates ?? ENGINES;
  const now = options.now ?? (() => performance.now());
  const budget = options.budgetMs ?? 300;
  const key = `unrolled-engine:v${CACHE_VERSION}:${options.deviceKey ?? 'device'}:${shapeKey(spec, batch.length, batch[0]?.inputs.length ?? 0)}`;
  const cached = readStored(options.storage, key);
  if (cached) {
    try {
      const verdict = JSON.parse(cached) as EngineVerdict;
      if (candidates.includes(verdict.engine)) return verdict;
    } catch {
      // A broken cache entry is measured again.
    }
  }
  const started = now();
  const rates: Partial<Record<EngineKind, number>> = {};
  const skipped: Partial<Record<EngineKind, string>> = {};
  const model = createModel(spec);
  const params = initParams(model, 1);
  const share = budget / candidates.length;
  for (const engine of candidates) {
    // What cannot run here costs nothing to rule out.
    const missing =
      engine === 'webgl' && !webglAvailable()
        ? 'WebGL is not available here'
        : (engine === 'wasm' || engine === 'simd') && typeof WebAssembly === 'undefined'
          ? 'WebAssembly is not available here'
          : engine === 'simd'
            ? wasmEngineProblem(spec)
            : null;
    if (missing) {
      skipped[engine] = missing;
      rates[engine] = 0;
      continue;
    }
    // Every candidate gets its share even when an earlier one overran (a slow first candidate
    // must not win by default); only past three budgets is the rest given up, and then the
    // verdict is not cached, so a calmer moment measures again.
    const left = Math.max(share, budget - (now() - started));
    if (now() - started > 3 * budget) {
      skipped[engine] = 'no time left in the measurement budget';
      rates[engine] = 0;
      continue;
    }
    try {
      if (engine === 'core') {
        const trainer = createTrainer(model, { optimiser: { kind: 'adam', lr: 1e-3 } });
        const p = params.slice();
        rates[engine] = await timeSteps(
          async () => void trainer.bpttStep(p, batch),
          Math.min(share, left),
          now,
        );
        continue;
      }
      if (engine === 'simd') {
        rates[engine] = await timeWasm(spec, params, batch, Math.min(share, left), now);
        continue;
      }
      const choice = await selectBackend(engine, { ...options.backendOptions, fallback: [] });
      if (choice.active !== engine) throw new NoBackendError(choice.failures);
      const tfModel = createTfModel(spec, params);
      const trainer = createTfTrainer(tfModel, { optimiser: { kind: 'adam', lr: 1e-3 } });
      const tfBatch = batchFromSamples(spec, batch);
      try {
        rates[engine] = await timeSteps(
          async () => {
            const r = trainer.trainStep(tfBatch);
            await r.loss.data();
            r.loss.dispose();
            r.gradNorm.dispose();
          },
          Math.min(share, left),
          now,
        );
      } finally {
        trainer.dispose();
        tfModel.dispose();
      }
    } catch (e) {
      skipped[engine] = e instanceof Error ? e.message : String(e);
      rates[engine] = 0;
    }
  }
  const { engine } = pickFastest(rates, candidates);
  const verdict: EngineVerdict = { engine, stepsPerSecond: rates, skipped };
  const complete = !Object.values(skipped).some((why) => why?.startsWith('no time left'));
  try {
    if (complete) options.storage?.setItem(key, JSON.stringify(verdict));
  } catch {
    // Storage full or disabled: the verdict is simply not remembered.
  }
  return verdict;
}

/** Steps per second of the wasm engine (its SIMD build, or the scalar one where SIMD is missing). */
async function timeWasm(
  spec: ModelSpec,
  params: Float64Array,
  batch: readonly Sample[],
  ms: number,
  now: () => number,
): Promise<number> {
  const { loadEngineModule, createWasmEngine, createWasmTrainer } = await import('../wasm');
  const loaded = await loadEngineModule();
  const engine = createWasmEngine(loaded.module, loaded.flavour, spec, batch[0]?.inputs.length);
  engine.setParams(params);
  const trainer = createWasmTrainer(engine, { optimiser: { kind: 'adam', lr: 1e-3 } });
  return timeSteps(async () => void trainer.bpttStep(batch), ms, now);
}
