/**
 * The engine badge's reasons: why a session trains on the engine it does, or why an engine
 * cannot train a model. The session gives codes and values (src/sim/engineReasons.ts);
 * src/ui/engineReasonText.ts picks these words.
 */
export const engineReasons = {
  /** Engine names inside a reason. */
  engine: {
    core: 'typed arrays',
    simd: 'WASM SIMD',
    simdScalar: 'WASM SIMD (scalar)',
    webgl: 'WebGL',
    wasm: 'WASM',
    cpu: 'CPU',
  },
  /** One measured rate, and the separator between rates. */
  rate: '{engine} {rate}',
  rateSeparator: ', ',
  /** Between two reasons of one badge. */
  reasonSeparator: ' ',
  autoGuess:
    'A first guess, training at once; the engines are measured in the background and the session moves if another is more than 10% faster.',
  autoFastest: 'Fastest here (steps per second measured: {rates}).',
  autoKeptFastest:
    'Measured while training (steps per second: {rates}): {engine} is the fastest here.',
  autoKeptWithin:
    'Measured while training (steps per second: {rates}): {engine} is within {margin}% of the fastest, so it stays.',
  autoSwitched:
    'Switched at step {step} with the weights and optimiser state: measured while training, {to} ran {ratio}× the steps per second of {from} (steps per second: {rates}).',
  autoSwitchedUnmeasured:
    'Switched at step {step} with the weights and optimiser state: measured while training, {to} ran faster than {from} (steps per second: {rates}).',
  autoOnlyCore: '{problem}.',
  scalarBuild: 'this browser has no WebAssembly SIMD: the wasm engine runs its scalar build.',
  noWasm: 'WebAssembly is not available here.',
  wasmFailed: 'the wasm engine could not load: {message}.',
  /** tfjs backends that did not start, each '{backend}: {why}', joined by the separator. */
  backendsFailed: '{failures}.',
  backendFailed: '{backend}: {why}',
  backendSeparator: '; ',
  backendName: { webgl: 'webgl', wasm: 'wasm', cpu: 'cpu' },
  backend: {
    noWebgl: 'WebGL is not available in this environment',
    webglLost: 'the WebGL context was lost earlier on this page',
    noWasm: 'WebAssembly is not available',
    notStarted: 'the backend failed to start',
    error: 'it failed to start ({message})',
  },
  lostContext:
    'The WebGL context was lost at step {lostAt}; training continues on {engine} from the weights of step {from}.',
  /** Why an engine cannot train the model or algorithm. */
  problem: {
    algorithmOnlyCore:
      "{algorithm} runs only on the typed-array engine ('core'); the {engine} engine trains with BPTT only",
    algorithmOnlyCoreSimd:
      "{algorithm} runs only on the typed-array engine ('core'); the WASM SIMD engine trains with BPTT and truncated BPTT",
    jordanOnlyCore: 'Jordan networks run only on the typed-array engine',
    lstmVariantOnlyCore:
      'the LSTM variant "{variant}" runs only on the typed-array engine: the tfjs engine has the standard LSTM only',
    lstmTruncatedOnlyCore:
      'the 1997 truncated gradient runs only on the typed-array engine: the tfjs engine has the standard LSTM only',
    modelRefused: 'the engine refused this model: {message}',
  },
  /** A diverging step (src/ui/divergenceText.ts). */
  divergence: {
    message: 'Training diverged at step {step}: {problem}. {kept}; {advice}.',
    keptAnchor: 'The weights of step {kept}, which score better, are restored',
    keptCheckpoint: 'The weights of step {kept} (the last checked) are kept',
    keptBefore: 'The weights from before this step are kept',
    adviceClipOn: 'lower the learning rate, or reset',
    adviceClipOff: 'lower the learning rate, clip the gradient, or reset',
    infinity: 'Infinity',
    problem: {
      loss: 'the loss became {value}',
      gradNorm: 'the gradient norm became {value}',
      gradLimit: 'the gradient norm reached {value}, above the limit of {limit}',
      nonFinite: 'a loss or gradient was not a finite number',
      weight: 'a weight grew beyond the range of numbers',
    },
  },
  /** Algorithm names inside a problem. */
  algorithm: {
    bptt: 'BPTT',
    tbptt: 'TBPTT',
    rtrl: 'RTRL',
    ekf: 'EKF',
    dekf: 'DEKF',
  },
} as const;
