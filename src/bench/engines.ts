import { createModel, initParams, type ModelSpec, type Sample } from '../core/model';
import { createRng } from '../core/rng';
import { createTrainer } from '../core/train';
import { oneHot } from '../core/vocabulary';
import { selectBackend, type BackendName } from '../tf/backend';
import { batchFromIds } from '../tf/batch';
import { setLstmImplementation, type LstmImplementation } from '../tf/cells';
import { createLayersCharModel } from './layersBaseline';
import { createTfModel } from '../tf/tfModel';
import { createTfTrainer } from '../tf/trainer';
import { bundledWasmPaths as wasmPaths } from '../tf/wasmPaths';
import { createWasmEngine, createWasmTrainer, engineModule } from '../wasm';

/**
 * What the benchmark can train: our engines and the tfjs-layers baseline, on each backend; and,
 * to measure what each LSTM optimisation buys, our tfjs engine with an earlier LSTM:
 * `…-autodiff` (op by op, differentiated by tfjs) and `…-fusedops` (one op per direction with
 * the hand-written backward, its step kernels as tfjs ops rather than WebGL programs).
 */
export type EngineName =
  | 'core'
  | 'wasm-simd'
  | 'wasm-scalar'
  | `tf-${BackendName}`
  | `layers-${BackendName}`
  | `tf-${BackendName}-autodiff`
  | `tf-${BackendName}-fusedops`;

export interface BenchConfig {
  readonly engine: EngineName;
  readonly model: 'srn' | 'lstm';
  readonly H: number;
  readonly B: number;
}

/** One training step of a prepared engine; resolves when its work is really done. */
interface PreparedEngine {
  /** Runs `n` steps and waits for the device to finish them. */
  run(n: number): Promise<void>;
  /** The backend actually used (WebGL may be missing and fall back). */
  readonly backend: string;
  dispose(): void;
}

export const V = 64;
export const T = 25;

export function ids(seed: number, B: number) {
  const rng = createRng(seed);
  const seqs = Array.from({ length: B }, () =>
    Array.from({ length: T + 1 }, () => Math.floor(rng.next() * V)),
  );
  return { inputs: seqs.map((s) => s.slice(0, T)), targets: seqs.map((s) => s.slice(1)) };
}

export function specFor(model: 'srn' | 'lstm', H: number): ModelSpec {
  return {
    cell:
      model === 'srn'
        ? { kind: 'srn', activation: 'tanh' }
        : { kind: 'lstm', peepholes: false, forgetBias: 1 },
    inputSize: V,
    hiddenSize: H,
    outputSize: V,
    output: 'softmax',
    layers: 1,
    bidirectional: false,
  };
}

/** The benchmark's batch of a configuration (the same for every engine). */
const benchData = (H: number, B: number) => ids(H * 31 + B, B);

/** The same batch as core samples (one-hot inputs), for core and for `chooseEngine`. */
export function benchSamples(H: number, B: number): Sample[] {
  const data = benchData(H, B);
  return data.inputs.map((s, b) => ({
    inputs: s.map((i) => oneHot(i, V)),
    targets: data.targets[b]!,
  }));
}

const variants: Record<string, LstmImplementation> = {
  autodiff: 'autodiff',
  fusedops: 'fused-ops',
};

export async function prepare({ engine, model, H, B }: BenchConfig): Promise<PreparedEngine> {
  const data = benchData(H, B);
  const spec = specFor(model, H);
  const options = { optimiser: { kind: 'adam' as const, lr: 0.01 }, clipNorm: 5 };
  if (engine === 'core') {
    const m = createModel(spec);
    const params = initParams(m, 1);
    const trainer = createTrainer(m, options);
    const samples = benchSamples(H, B);
    return {
      backend: 'typed arrays',
      run: async (n) => {
        for (let i = 0; i < n; i++) trainer.bpttStep(params, samples);
      },
      dispose: () => {},
    };
  }
  if (engine === 'wasm-simd' || engine === 'wasm-scalar') {
    const flavour = engine === 'wasm-simd' ? 'simd' : 'scalar';
    const wasm = createWasmEngine(await engineModule(flavour), flavour, spec, T);
    wasm.setParams(initParams(createModel(spec), 1));
    const trainer = createWasmTrainer(wasm, options);
    const samples = benchSamples(H, B);
    return {
      backend: engine,
      run: async (n) => {
        for (let i = 0; i < n; i++) trainer.bpttStep(samples);
      },
      dispose: () => {},
    };
  }
  const [kind, backendName, variant] = engine.split('-') as ['tf' | 'layers', BackendName, string?];
  const choice = await selectBackend(backendName, { wasmPaths, fallback: [] });
  if (kind === 'tf') {
    // The LSTM implementation is read when a step builds its graph: set for this engine's steps.
    // Unmarked rows run what the engine runs for readers ('auto').
    const lstm = variant ? variants[variant]! : 'auto';
    setLstmImplementation(lstm);
    const tfModel = createTfModel(spec, initParams(createModel(spec), 1));
    const trainer = createTfTrainer(tfModel, options);
    const batch = batchFromIds(data.inputs, data.targets);
    return {
      backend: choice.active,
      run: async (n) => {
        setLstmImplementation(lstm);
        let last = null;
        for (let i = 0; i < n; i++) {
          if (last) {
            last.loss.dispose();
            last.gradNorm.dispose();
          }
          last = trainer.trainStep(batch);
        }
        if (last) {
          await last.loss.data();
          last.loss.dispose();
          last.gradNorm.dispose();
        }
      },
      dispose: () => {
        setLstmImplementation('auto');
        trainer.dispose();
        tfModel.dispose();
      },
    };
  }
  const layers = createLayersCharModel(model, V, H, T);
  return {
    backend: choice.active,
    run: async (n) => {
      for (let i = 0; i < n; i++) await layers.trainStep(data.inputs, data.targets);
    },
    dispose: () => layers.dispose(),
  };
}

/** Steps per second over about `budgetMs` after a warm-up (at least two timed steps). */
export async function measure(config: BenchConfig, budgetMs: number) {
  const engine = await prepare(config);
  try {
    await engine.run(1);
    const t0 = performance.now();
    await engine.run(1);
    const one = Math.max(performance.now() - t0, 0.05);
    const n = Math.max(2, Math.min(500, Math.round(budgetMs / one)));
    const start = performance.now();
    await engine.run(n);
    const seconds = (performance.now() - start) / 1000;
    const stepsPerSecond = n / seconds;
    return {
      ...config,
      backend: engine.backend,
      steps: n,
      stepsPerSecond,
      charsPerSecond: stepsPerSecond * T * config.B,
    };
  } finally {
    engine.dispose();
  }
}
