import * as tf from '@tensorflow/tfjs-core';

/**
 * Choosing where tfjs computes: WebGL (GPU, browsers), WASM (SIMD CPU code) or the plain
 * JavaScript CPU backend. Each backend package is loaded on demand (a separate chunk on the
 * site) and a backend that cannot start falls back to the next one — a page never throws
 * because a machine lacks WebGL; it is told which backend is active and why.
 *
 * DOM-free: availability is read from globalThis, so this runs in Node, workers and pages.
 */
export type BackendName = 'webgl' | 'wasm' | 'cpu';

/** The three WASM binaries of @tensorflow/tfjs-backend-wasm. */
export type WasmBinaryName =
  'tfjs-backend-wasm.wasm' | 'tfjs-backend-wasm-simd.wasm' | 'tfjs-backend-wasm-threaded-simd.wasm';

export interface BackendOptions {
  /**
   * Where the WASM binaries are served: a URL prefix ending in '/', or a URL per file (the site
   * passes Vite `?url` imports). Without it tfjs looks next to its own script.
   */
  readonly wasmPaths?: string | Partial<Record<WasmBinaryName, string>>;
  /** What to try, in order, when the requested backend cannot start. Default: ['cpu']. */
  readonly fallback?: readonly BackendName[];
}

/**
 * Why a backend did not start: not in this environment ('noWebgl', 'noWasm'), WebGL retired
 * after its context was lost on this page ('webglLost'), tfjs refused it ('notStarted'), or it
 * threw ('error', with the message). A code, not words: the UI words it in the reader's language.
 */
export interface BackendFailure {
  readonly backend: BackendName;
  readonly code: 'noWebgl' | 'webglLost' | 'noWasm' | 'notStarted' | 'error';
  readonly message?: string;
}

interface BackendChoice {
  readonly requested: BackendName;
  /** The backend tfjs now computes on. */
  readonly active: BackendName;
  readonly fellBack: boolean;
  /** Why each backend tried before `active` did not start. */
  readonly failures: readonly BackendFailure[];
}

/** No backend could start: why each did not. */
export class NoBackendError extends Error {
  constructor(readonly failures: readonly BackendFailure[]) {
    super(
      `no tfjs backend could start (${failures.map((f) => `${f.backend}: ${f.message ?? f.code}`).join('; ')})`,
    );
    this.name = 'NoBackendError';
  }
}

class BackendUnavailable extends Error {
  constructor(readonly code: BackendFailure['code']) {
    super(code);
  }
}

/** Whether this environment has WebGL at all (a page, or a worker with OffscreenCanvas). */
export function webglAvailable(): boolean {
  const g = globalThis as Record<string, unknown>;
  return (
    typeof g['WebGL2RenderingContext'] !== 'undefined' ||
    typeof g['WebGLRenderingContext'] !== 'undefined' ||
    typeof g['OffscreenCanvas'] !== 'undefined'
  );
}

let wasmPathsSet = false;

/** Registers a backend's package with tfjs (dynamic imports: each is its own chunk). */
async function load(name: BackendName, options: BackendOptions): Promise<void> {
  switch (name) {
    case 'cpu':
      await import('@tensorflow/tfjs-backend-cpu');
      return;
    case 'webgl':
      if (webglRetired) throw new BackendUnavailable('webglLost');
      if (!webglAvailable()) throw new BackendUnavailable('noWebgl');
      await import('@tensorflow/tfjs-backend-webgl');
      return;
    case 'wasm': {
      if (typeof WebAssembly === 'undefined') throw new BackendUnavailable('noWasm');
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      // tfjs accepts the paths only before the WASM backend first starts.
      if (options.wasmPaths !== undefined && !wasmPathsSet) {
        wasm.setWasmPaths(options.wasmPaths);
        wasmPathsSet = true;
      }
      return;
    }
  }
}

async function tryBackend(
  name: BackendName,
  options: BackendOptions,
): Promise<BackendFailure | null> {
  try {
    await load(name, options);
    if (!(await tf.setBackend(name))) return { backend: name, code: 'notStarted' };
    await tf.ready();
    return null;
  } catch (e) {
    if (e instanceof BackendUnavailable) return { backend: name, code: e.code };
    return { backend: name, code: 'error', message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Makes `name` the active backend, or the first of `options.fallback` (default: cpu) that
 * starts. Throws only if none does.
 */
export async function selectBackend(
  name: BackendName,
  options: BackendOptions = {},
): Promise<BackendChoice> {
  const failures: BackendFailure[] = [];
  const candidates = [name, ...(options.fallback ?? ['cpu'])].filter(
    (b, i, all) => all.indexOf(b) === i,
  );
  for (const candidate of candidates) {
    const failure = await tryBackend(candidate, options);
    if (failure === null)
      return { requested: name, active: candidate, fellBack: candidate !== name, failures };
    failures.push(failure);
  }
  throw new NoBackendError(failures);
}

/** The name of the backend tfjs computes on now. */
export function activeBackend(): string {
  return tf.getBackend();
}

/**
 * Whether WebGL may no longer be used on this page (its context was lost). Once a context is
 * lost tfjs's WebGL backend is removed; later requests for WebGL fall back ('webglLost') rather
 * than train on a dead context.
 */
let webglRetired = false;

/** The WebGL context tfjs's active WebGL backend draws with, or null (another backend, none). */
function activeWebGLContext(): WebGLRenderingContext | WebGL2RenderingContext | null {
  if (tf.getBackend() !== 'webgl') return null;
  const backend = tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } };
  return backend.gpgpu?.gl ?? null;
}

/**
 * Calls `onLost` once when the active WebGL backend's context is lost (GPU reset, driver
 * update, too many contexts, or the test hook below). Returns the function that stops
 * listening. tfjs itself only forgets the context; recovering the training is the caller's job.
 */
export function watchWebGLContext(onLost: () => void): () => void {
  const gl = activeWebGLContext();
  const canvas = gl?.canvas as (HTMLCanvasElement | OffscreenCanvas | undefined) | null;
  if (!canvas || typeof canvas.addEventListener !== 'function') return () => undefined;
  const listener = () => onLost();
  canvas.addEventListener('webglcontextlost', listener);
  return () => canvas.removeEventListener('webglcontextlost', listener);
}

/** Whether the active WebGL context has been lost (false on other backends). */
export function webglContextLost(): boolean {
  return activeWebGLContext()?.isContextLost() ?? false;
}

/**
 * TEST HOOK: loses tfjs's WebGL context on purpose through the WEBGL_lose_context extension —
 * exactly what a browser does on a GPU reset, so recovery can be tested end to end. Harmless
 * otherwise (the page keeps working, on another backend). Returns false when there is no
 * WebGL context to lose.
 */
export function loseWebGLContextForTesting(): boolean {
  const ext = activeWebGLContext()?.getExtension('WEBGL_lose_context');
  if (!ext) return false;
  ext.loseContext();
  return true;
}

/**
 * After a lost context: removes the WebGL backend (its textures are gone) and remembers it, so
 * selectBackend() falls back from now on.
 */
export function retireWebGL(): void {
  webglRetired = true;
  try {
    if (tf.findBackend('webgl')) tf.removeBackend('webgl');
  } catch {
    // A backend whose context is gone may fail to clean up; it is dropped either way.
  }
}

/** Tensors tfjs holds now (tf.memory().numTensors): what leak tests compare. */
export function liveTensorCount(): number {
  return tf.memory().numTensors;
}
