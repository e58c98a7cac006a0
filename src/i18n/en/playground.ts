/** Strings of the Playground widget and page. */
export const playground = {
  pageTitle: 'RNN Playground',
  pageIntro:
    'Compose a recurrent network, give it a task from the series and train it here, in your browser. Every setting goes into the share link with the seed, so the link trains the same run again.',
  homeLink: 'Open the RNN Playground',
  homeBlurb: 'Compose any network of the series, on any task, and watch it learn.',
  compose: 'Model',
  task: 'Task',
  train: 'Training',
  watch: 'Watch',
  cell: 'Cell',
  cells: {
    srn: 'SRN (Elman)',
    jordan: 'Jordan',
    gru: 'GRU',
    lstm: 'LSTM',
    clockwork: 'Clockwork RNN',
    esn: 'Echo state network',
  },
  activation: 'Activation',
  variant: 'LSTM variant',
  peepholes: 'Peepholes',
  forgetBias: 'Forget-gate bias',
  periods: 'Clockwork periods (comma-separated)',
  hidden: 'Hidden units',
  layers: 'Layers',
  bidirectional: 'Bidirectional',
  head: 'Head',
  heads: { auto: 'as the task needs', softmax: 'softmax', linear: 'linear', sigmoid: 'sigmoid' },
  init: 'Initialiser',
  inits: {
    uniform: 'uniform ±1/√fan-in',
    gaussian: 'Gaussian (σ = scale)',
    identity: 'identity (IRNN, × scale)',
    orthogonal: 'orthogonal (× gain)',
  },
  initScale: 'Scale / σ / gain',
  scaleRho: 'Rescale recurrent matrices to spectral radius ρ',
  rho: 'Spectral radius ρ',
  taskName: 'Task',
  taskParams: 'Task parameters',
  taskParamsHint: 'Parameters of “{task}”; defaults: {defaults}.',
  preview: 'A held-out sample: inputs (rows) over time, and the target below',
  previewTarget: 'target',
  previewTime: 'time step t',
  algorithm: 'Algorithm',
  algorithms: {
    bptt: 'BPTT',
    tbptt: 'truncated BPTT(k1, k2)',
    rtrl: 'RTRL',
    ekf: 'EKF',
    dekf: 'decoupled EKF',
    ridge: 'ridge readout (one solve)',
  },
  k1: 'k1 (steps between updates)',
  k2: 'k2 (steps back)',
  ekfNote:
    'The Kalman filter sets its own step from its covariance: no optimiser, learning rate or clipping. It runs on the typed-array engine, one sequence per step.',
  ekfP0: 'Initial covariance p0 (P₀ = p0 I)',
  ekfR: 'Measurement noise r (R = r I)',
  ekfQ: 'Process noise q (Q = q I)',
  optimiser: 'Optimiser',
  lr: 'Learning rate',
  clip: 'Clip gradient norm at (0: off)',
  batch: 'Batch (sequences per update)',
  seed: 'Seed',
  steps: 'Train for (steps)',
  play: 'Train',
  step: 'One step',
  reset: 'Reset weights',
  status: {
    idle: 'Not trained yet: {params} parameters, ready.',
    running: 'Training: step {step} of {steps}, loss {loss}.',
    paused: 'Paused at step {step} of {steps}, loss {loss}.',
    done: 'Done: {steps} steps, loss {loss}.',
    refused: 'This combination cannot train.',
  },
  failed: 'Training stopped: {message}',
  refusedTitle: 'Cannot train this combination:',
  problems: {
    engine: 'The engine refused these settings: {message}',
    taskParam: {
      integerRange:
        'The task parameter {param} must be a whole number from {min} to {max} (it is {value}).',
      integerAtLeast:
        'The task parameter {param} must be a whole number, at least {min} (it is {value}).',
      numberRange:
        'The task parameter {param} must be a number from {min} to {max} (it is {value}).',
      numberAtLeast: 'The task parameter {param} must be a number, at least {min} (it is {value}).',
      numberPositive: 'The task parameter {param} must be a number above 0 (it is {value}).',
      numberFinite: 'The task parameter {param} must be a finite number (it is {value}).',
      choice: 'The task parameter {param} can only be {allowed} (it is “{value}”).',
      choiceSeparator: ' or ',
      multipleOfDt:
        'The task parameter {param} ({value}) must be a whole multiple of the integration step dt ({dt}): change {param} or dt.',
      delaySteps:
        'The delay tau must span at least {min} integration steps dt (it spans {steps}): raise tau or lower dt.',
      textTooShort:
        'The text has {symbols} symbols, and one training window needs {needed} (seqLength + 1): give a longer text or lower seqLength.',
    },
    modelSpec: {
      jordanLayers:
        'A Jordan network has a single layer that reads forwards: it feeds back its own output. Set the layers to 1 and turn off Bidirectional.',
      clockworkModules:
        'A clockwork RNN needs at least one unit per module: {modules} periods need at least {modules} hidden units (it has {hidden}). Add units or remove periods.',
      clockworkOrder:
        'List the clockwork periods from fastest to slowest, smallest first (they are {periods}).',
    },
    training: {
      onlineBatch:
        'Training with {algorithm} updates the weights as it reads each sequence, one sequence at a time: set the batch to 1 (it is {batchSize}).',
      tbpttBidirectional:
        'Truncated BPTT runs forwards through the sequence and updates along the way, but a bidirectional layer needs the whole sequence first: turn off Bidirectional, or choose {bptt}.',
      tbpttWindow:
        'Truncated BPTT needs k2 ≥ k1: each update must reach back at least as many steps as it covers (k1 = {k1}, k2 = {k2}). Raise k2 or lower k1.',
      rtrlJacobians: 'The {algorithm} takes its Jacobians from RTRL. ',
      rtrlModel: {
        deep: '{rtrl} here covers a single layer: set the layers to 1, or choose {bptt}.',
        bidirectional:
          '{rtrl} runs forwards in time and covers no bidirectional layer: turn off Bidirectional, or choose {bptt}.',
        noHead:
          '{rtrl} needs a separate output layer, and a Jordan network has none (its output is part of its cell): choose another cell, or {bptt}.',
      },
      ekfNoise: {
        p0: 'The initial covariance p0 must be above 0 (it is {value}).',
        r: 'The measurement noise r must be above 0 (it is {value}).',
        q: 'The process noise q must be 0 or more (it is {value}).',
      },
    },
    taskFit: 'This task needs {needs}.',
    taskFitOutput: 'a {task} output layer (the model has {model})',
    taskFitSize: {
      inputSize: 'input size {task} (the model has {model})',
      outputSize: 'output size {task} (the model has {model})',
    },
    taskFitSeparator: ', ',
    esnCell: 'The echo state network is composed on its own (choose it under Cell).',
    ridgeOnlyEsn:
      'The ridge readout fits an echo state network’s output weights in one solve; a {cell} learns all its weights by gradient: choose BPTT, truncated BPTT, RTRL or an EKF — or the echo state network.',
    esnAlgorithm:
      'An echo state network is not trained by {algorithm}: its reservoir keeps the weights it was drawn with, and only the linear readout learns, in one ridge-regression solve. Choose “ridge readout”.',
    esnHead:
      'An echo state network’s ridge readout is linear, so it has no {head} head: choose “linear” or “as the task needs” (a class task is then fitted to one-hot targets and answers with its largest output).',
    esnWashout:
      'A washout of {washout} steps leaves no step with a target in this task’s sequences (the first target comes at step {first}): lower the washout.',
    taskJson: 'The task parameters are not valid JSON ({message}).',
    unknownParam: 'The task has no parameter “{name}” (it has: {known}).',
    paramType: 'The parameter “{name}” must be {type}.',
    paramTypes: { number: 'a number', string: 'a text', boolean: 'true or false' },
    learningRate: 'The learning rate must be a number above 0 (got {value}).',
    tooBig: {
      parameters:
        'Too large for a page: {value} parameters (limit {limit}). Choose fewer hidden units or layers.',
      work: 'Too slow for a page: a step would take {value} multiply-adds (limit {limit}). Choose a smaller model, a smaller batch or shorter sequences.',
      memory:
        'Too large for a page: the algorithm would keep {value} numbers (limit {limit}). Choose a smaller model or shorter sequences.',
      ekfParameters:
        'Too large for the EKF: it keeps an N × N covariance of the {value} trainable parameters and trains at most {limit}. Choose the decoupled EKF or a smaller model.',
      dekfCovariance:
        'Too large for the decoupled EKF: its covariance would hold {value} numbers (limit {limit}). Choose a smaller model.',
    },
  },
  badNumber: 'Enter a number from {min} to {max}.',
  badAbove: 'Enter a number above {min} and at most {max}.',
  badLr: 'Enter a learning rate above 0 and at most 10.',
  badText: 'Enter a text of 1 to {max} characters.',
  badAnyNumber: 'Enter a number.',
  badBelow: 'Enter a number from {min} to below {max}.',
  badPeriods: 'Enter whole numbers from 1 to 1024, separated by commas.',
  diagramLabel:
    'The model as the engine lays it out: input, each layer’s cells with their weight blocks, the head, the output.',
  parameterCount: '{count} trainable parameters',
  input: 'input',
  output: 'output',
  layer: 'layer {n}',
  forward: 'forward',
  backward: 'backward',
  headBox: 'head V h + c → {kind}',
  loss: 'Loss (smoothed)',
  lossAxis: 'loss',
  stepAxis: 'training step',
  metrics: { accuracy: 'Accuracy', bitAccuracy: 'Bit accuracy', mse: 'Mean squared error' },
  metricNote: 'on {n} held-out sequences',
  predictions: 'Prediction against target on a held-out sequence',
  predictionClass: 'probability of the right symbol',
  predictionValue: 'prediction',
  targetValue: 'target',
  hiddenState: 'Hidden state of the top layer on the held-out sequence (units × time)',
  numbersCaption: 'Where training stands',
  numbersStep: 'Step',
  numbersLoss: 'Loss',
  numbersMetric: 'Metric',
  numbersParams: 'Parameters',
  /** What each preset measured (presets.ts: same settings, same seed, in Node). */
  stories: {
    reber:
      'Measured on typed arrays (float64): held-out accuracy 0.60 at step 333 and 0.54 at step 2000 (smoothed loss 0.59 nats).',
    srnAdding:
      'Measured on typed arrays (float64): held-out mean squared error 0.20 at step 600, no better than always answering 1 (also 0.20 on the same 20 held-out sequences).',
    lstmBias0:
      'Measured on typed arrays (float64): held-out mean squared error 0.21 at step 600, like the SRN: no better than always answering 1 (0.20).',
    lstmBias5:
      'Measured on typed arrays (float64): held-out mean squared error 0.20 at step 500, then 0.0060 at step 600: with forget bias 5 the same LSTM solves it.',
    waveformSrn:
      'Measured on typed arrays (float64): held-out mean squared error 0.16 at step 100 and still 0.16 at step 600, no better than a constant output (the waveform’s variance, 0.16). The clockwork RNN with the same 32 units is at 0.062 by step 100 and reaches 0.0028 (next story).',
    waveformClockwork:
      'Measured on typed arrays (float64): held-out mean squared error 0.062 at step 100 and 0.0028 at step 600, against the SRN’s 0.16: its slow modules keep track of the long periods. (Our synthetic waveform stands in for Koutník et al.’s 2014 audio; their numbers are not compared.)',
    xorEkf:
      'Measured on typed arrays (float64): the smoothed loss is below 0.65 nats from sequence 17–39 on, at 0.63–0.65 by sequence 40 and 0.61–0.64 at sequence 60; BPTT with Adam on the same sequences is at 0.687 at sequence 40 and 0.68 at 60, below 0.65 only from sequence 95. The filter magnifies the last digit of the browser’s exp and log: Chromium and Node give the two ends of these ranges. (Guessing gives 0.69 nats, the best possible is 0.46.)',
    xorBptt:
      'Measured on typed arrays (float64): smoothed loss 0.687 at sequence 40 and 0.68 at sequence 60, below 0.65 only from sequence 95, while the EKF has been below it since sequence 17–39. BPTT catches up later: 0.59 at sequence 200 (the EKF: 0.57–0.59, depending on the browser’s arithmetic) and 0.52 at 400.',
  } as Readonly<Record<string, string>>,
  presets: 'Stories',
  /** Task names for menus; a task missing here shows the registry's own description. */
  tasks: {} as Readonly<Record<string, string>>,
} as const;
