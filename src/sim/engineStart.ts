import { lstmTfProblem } from '../core/cells';
import { createTrainer } from '../core/train';
import { AutoSwitch } from './autoSwitch';
import { createYielder, performanceClock } from './clock';
import type { AutoCandidate } from './engineTimings';
import { NoWebAssemblyError, wasmSupport } from '../wasm/detect';
import { wasmEngineProblem } from '../wasm/load';
import type { ResolvedConfig } from './config';
import { createDataStream } from './data';
import { autoReason, ENGINES, pickFastest } from './engineRegistry';
import { EngineRefusedError, type EngineProblem, type EngineReason } from './engineReasons';
import type { EngineRunner, RunnerEvent } from './sessionProtocol';
import { TypedArrayRunner } from './typedArrayRunner';
import type { RunnerOptions } from './sessionRunner';
import { TypedArraySessionCore } from './typedArraySessionCore';
import type { EngineInfo, EngineKind, EngineRequest } from './types';

/**
 * Starts the runner of a session on the engine it asks for, wherever the session trains (the
 * worker and the main-thread driver both call this): the TypedArrayRunner at once, or — in a
 * lazily loaded chunk, so pages that never train on tfjs never download it — a tfjs backend,
 * falling back (WebGL → WASM → CPU → typed arrays) with the reason when one cannot start.
 * 'auto' starts on the wasm engine at once and measures in the background (autoSwitch.ts), or,
 * where the wasm engine cannot train the model, measures the tfjs candidates first
 * (engineChoice.ts). The first event is always an 'engine' event.
 */
export interface EngineHostOptions extends RunnerOptions {
  readonly where: EngineInfo['where'];
  /** Remembers 'auto' verdicts (localStorage on a page; none in a worker). */
  readonly storage?: {
    getItem(k: string): string | null;
    setItem(k: string, v: string): void;
  } | null;
}

export type MissingEngine = 'noWebgl' | 'noWebglContext' | 'noWasm';

/**
 * Which engines this environment cannot run at all, with why: no WebGL, WebGL whose context
 * cannot be created (the GPU blocked or switched off: the constructor alone says nothing), no
 * WebAssembly.
 */
export function missingEngines(): Partial<Record<EngineKind, MissingEngine>> {
  const g = globalThis as Record<string, unknown>;
  const webgl =
    typeof g['WebGL2RenderingContext'] !== 'undefined' ||
    typeof g['WebGLRenderingContext'] !== 'undefined';
  const why = !webgl ? 'noWebgl' : webglContextProbe() ? null : 'noWebglContext';
  return {
    ...(why ? { webgl: why } : {}),
    ...(typeof WebAssembly === 'undefined'
      ? { wasm: 'noWasm' as const, simd: 'noWasm' as const }
      : {}),
  };
}

/** Whether a WebGL context can be created here (asked once per page: a context is costly). */
let contextCreated: boolean | null = null;
function webglContextProbe(): boolean {
  if (contextCreated !== null) return contextCreated;
  try {
    const canvas =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1)
        : typeof document !== 'undefined'
          ? document.createElement('canvas')
          : null;
    contextCreated =
      canvas !== null && (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) !== null;
  } catch {
    contextCreated = false;
  }
  return contextCreated;
}

/**
 * Why `resolved` cannot train on `engine`, or null. tfjs sessions train with BPTT only, on
 * models the tfjs engine has (not Jordan networks, not the LSTM variants of lstmVariants.ts);
 * the wasm engine ('simd') trains with BPTT and truncated BPTT every model the core does
 * (src/wasm/load.ts says which).
 */
export function engineProblem(resolved: ResolvedConfig, engine: EngineKind): EngineProblem | null {
  if (engine === 'core') return null;
  const { algorithm, model } = resolved;
  if (engine === 'simd') {
    if (algorithm.kind !== 'bptt' && algorithm.kind !== 'tbptt')
      return { code: 'algorithmOnlyCore', algorithm: algorithm.kind, engine };
    const refused = wasmEngineProblem(model.spec);
    return refused === null ? null : { code: 'modelRefused', message: refused };
  }
  if (algorithm.kind !== 'bptt')
    return { code: 'algorithmOnlyCore', algorithm: algorithm.kind, engine };
  const { cell } = model.spec;
  if (cell.kind === 'jordan') return { code: 'jordanOnlyCore' };
  if (cell.kind === 'lstm' && lstmTfProblem(cell) !== null)
    return {
      code: 'lstmVariantOnlyCore',
      variant: cell.truncatedGradient ? null : (cell.variant ?? null),
    };
  return null;
}

/** Why a module or backend could not start, as a reason the UI can word. */
function startFailure(e: unknown): EngineReason {
  return {
    code: 'wasmFailed',
    message: e instanceof NoWebAssemblyError ? null : e instanceof Error ? e.message : String(e),
  };
}

export function createEngineRunner(
  resolved: ResolvedConfig,
  requested: EngineRequest,
  emit: (event: RunnerEvent) => void,
  options: EngineHostOptions,
): EngineRunner | Promise<EngineRunner> {
  if (requested !== 'auto') {
    const problem = engineProblem(resolved, requested);
    if (problem) throw new EngineRefusedError(problem);
  }
  const onCore = (reasons: readonly EngineReason[], cause: EngineInfo['cause'] = 'requested') => {
    emit({ type: 'engine', engine: 'core', requested, where: options.where, reasons, cause });
    return new TypedArrayRunner(new TypedArraySessionCore(resolved), emit, options);
  };
  if (requested === 'core') return onCore([]);
  if (requested === 'simd') return startOnWasm(resolved, requested, emit, options, onCore);
  if (requested === 'auto' && engineProblem(resolved, 'simd') === null && wasmSupport().flavour)
    return startAuto(resolved, emit, options, onCore);
  // Where the wasm engine cannot train the model, 'auto' measures the tfjs engines up front.
  const autoProblem = engineProblem(resolved, 'cpu');
  if (requested === 'auto' && autoProblem)
    return onCore([{ code: 'autoOnlyCore', problem: autoProblem }], 'auto');
  return startOnTf(resolved, requested, emit, options, onCore);
}

async function startOnTf(
  resolved: ResolvedConfig,
  requested: Exclude<EngineRequest, 'core'>,
  emit: (event: RunnerEvent) => void,
  options: EngineHostOptions,
  onCore: (reasons: readonly EngineReason[], cause?: EngineInfo['cause']) => EngineRunner,
): Promise<EngineRunner> {
  const [{ selectBackend, NoBackendError }, wasmPaths, { TfSessionCore }, { TfRunner }] =
    await Promise.all([
      import('../tf/backend'),
      // The site's own copies of the WASM binaries (Vite `?url` assets), never another origin's.
      // Only a test runner that refuses asset URLs fails here; tfjs then looks beside its script.
      import('../tf/wasmPaths').then(
        (m) => m.bundledWasmPaths,
        () => undefined,
      ),
      import('./tfSessionCore'),
      import('./tfRunner'),
    ]);
  const backendOptions = wasmPaths ? { wasmPaths } : {};
  let engine: EngineKind;
  let reasons: readonly EngineReason[] = [];
  let cause: EngineInfo['cause'] = 'requested';
  if (requested === 'auto') {
    cause = 'auto';
    const { chooseEngine } = await import('./engineChoice');
    const batch = createDataStream(resolved).next(resolved.batchSize);
    const sameLength = batch.every((s) => s.inputs.length === batch[0]!.inputs.length);
    const candidates = sameLength ? ENGINES : (['core'] as const);
    const verdict = await chooseEngine(resolved.model.spec, batch, {
      candidates,
      storage: options.storage ?? null,
      backendOptions,
    });
    engine = verdict.engine;
    reasons = [autoReason(pickFastest(verdict.stepsPerSecond, candidates))];
    if (engine === 'core') return onCore(reasons, 'auto');
    if (engine === 'simd') return startOnWasm(resolved, requested, emit, options, onCore, reasons);
  } else engine = requested;

  const tfEngine = engine as Exclude<EngineKind, 'core' | 'simd'>;
  const fallback = { webgl: ['wasm', 'cpu'], wasm: ['cpu'], cpu: [] }[tfEngine] as (
    'wasm' | 'cpu'
  )[];
  let active: Exclude<EngineKind, 'core' | 'simd'>;
  try {
    const choice = await selectBackend(tfEngine, { ...backendOptions, fallback });
    active = choice.active;
    if (choice.fellBack) {
      reasons = [{ code: 'backendsFailed', failures: choice.failures }];
      cause = 'fallback';
    }
  } catch (e) {
    const failures =
      e instanceof NoBackendError
        ? e.failures
        : [{ backend: tfEngine, code: 'error' as const, message: String(e) }];
    return onCore([{ code: 'backendsFailed', failures }], 'fallback');
  }
  emit({ type: 'engine', engine: active, requested, where: options.where, reasons, cause });
  const core = new TfSessionCore(resolved, active);
  return new TfRunner(core, emit, { ...options, backendOptions, requested });
}

/**
 * 'auto' where the wasm engine can train the model: starts at once on it (the guess: it was the
 * fastest engine in every row of the benchmark), and measures it against the typed arrays in
 * the background, moving the session if they are faster (AutoSwitch). Typed arrays at once
 * where the module cannot load.
 */
async function startAuto(
  resolved: ResolvedConfig,
  emit: (event: RunnerEvent) => void,
  options: EngineHostOptions,
  onCore: (reasons: readonly EngineReason[], cause?: EngineInfo['cause']) => EngineRunner,
): Promise<EngineRunner> {
  let wasm: AutoCandidate;
  try {
    const [{ loadEngineModule }, { wasmTrainers }] = await Promise.all([
      import('../wasm/binaries'),
      import('./wasmSessionCore'),
    ]);
    const loaded = await loadEngineModule();
    wasm = {
      engine: 'simd',
      trainers: () => wasmTrainers(resolved, loaded),
      wasmBuild: loaded.flavour,
    };
  } catch (e) {
    return onCore([startFailure(e)], 'fallback');
  }
  const typed: AutoCandidate = { engine: 'core', trainers: () => createTrainer };
  const core = new TypedArraySessionCore(resolved, wasm.trainers());
  const announce = (c: AutoCandidate, reason: EngineReason) =>
    emit({
      type: 'engine',
      engine: c.engine,
      requested: 'auto',
      where: options.where,
      reasons: [reason],
      cause: 'auto',
      ...(c.wasmBuild ? { wasmBuild: c.wasmBuild } : {}),
    });
  const yielder = options.yielder ?? createYielder();
  const auto = new AutoSwitch(resolved, core, wasm, [wasm, typed], {
    clock: options.clock ?? performanceClock,
    yielder,
    announce,
  });
  announce(wasm, { code: 'autoGuess' });
  return new TypedArrayRunner(
    core,
    (event) => {
      emit(event);
      auto.observe(event);
      if (event.type === 'state' && event.state === 'disposed' && !options.yielder) yielder.close();
    },
    options,
  );
}

/**
 * Starts the wasm engine ('simd'): its SIMD build, or the scalar build where this browser has
 * no WASM SIMD (a fallback, with the reason); the typed arrays where there is no WebAssembly or
 * the module cannot load.
 */
async function startOnWasm(
  resolved: ResolvedConfig,
  requested: EngineRequest,
  emit: (event: RunnerEvent) => void,
  options: EngineHostOptions,
  onCore: (reasons: readonly EngineReason[], cause?: EngineInfo['cause']) => EngineRunner,
  autoReasons: readonly EngineReason[] = [],
): Promise<EngineRunner> {
  let runner: EngineRunner;
  let build: 'simd' | 'scalar';
  try {
    const [{ loadEngineModule }, { createWasmSessionCore }] = await Promise.all([
      import('../wasm/binaries'),
      import('./wasmSessionCore'),
    ]);
    const loaded = await loadEngineModule();
    build = loaded.flavour;
    runner = new TypedArrayRunner(createWasmSessionCore(resolved, loaded), emit, options);
  } catch (e) {
    return onCore([startFailure(e)], 'fallback');
  }
  const scalar = build === 'scalar';
  const cause: EngineInfo['cause'] =
    requested === 'auto' ? 'auto' : scalar ? 'fallback' : 'requested';
  emit({
    type: 'engine',
    engine: 'simd',
    requested,
    where: options.where,
    reasons: [...autoReasons, ...(scalar ? [{ code: 'scalarBuild' as const }] : [])],
    cause,
    wasmBuild: build,
  });
  return runner;
}
