/** Strings of the Playground's echo state network (src/widgets/Playground/esn/). */
export const playgroundEsn = {
  settings: 'Echo state reservoir',
  settingsNote:
    'The reservoir keeps the random weights it is drawn with (W scaled to spectral radius ρ); only the readout W_out is fitted, by ridge regression.',
  size: 'Reservoir units N',
  rho: 'Spectral radius ρ of W',
  sparsity: 'Sparsity (fraction of W that is 0)',
  inputScaling: 'Input scaling (W_in uniform in ±this)',
  leak: 'Leak rate a (1: no leak)',
  washout: 'Washout (first steps of each sequence left out of the fit)',
  ridge: 'Ridge λ',
  ridgeNote:
    'One step adds the next sequences to the fit and solves the readout again on every sequence seen so far, so the curves show the loss against sequences seen. No optimiser, learning rate or clipping.',
  batch: 'Sequences per step',
  diagramLabel:
    'The echo state network as the engine lays it out: the input, the fixed reservoir (W_in, W), the trained readout W_out, the output.',
  fixed: 'fixed',
  trained: 'trained',
  reservoir: 'reservoir: {n} leaky tanh units',
  reservoirDetail: 'ρ = {rho}, sparsity {sparsity}, leak {leak}',
  readout: 'readout y = W_out [1; u; x]',
  counts: '{trained} trained readout weights · {fixed} fixed reservoir weights',
  countsDetail: 'W_in and W as stored; W has about {nonzero} nonzero entries.',
  countsExact: 'W_in and W as stored; W has {nonzero} nonzero entries.',
  status: {
    idle: 'Not fitted yet: {trained} readout weights to fit.',
    running: 'Fitting: step {step} of {steps}, {sequences} sequences seen, loss {loss}.',
    paused: 'Paused at step {step} of {steps}, {sequences} sequences seen, loss {loss}.',
    done: 'Done: {steps} steps, {sequences} sequences seen, loss {loss}.',
  },
  loss: 'Mean squared error of the fit on the sequences seen',
  predictionClass: 'the readout’s output for the right symbol (linear: not a probability)',
  sequencesAxis: 'training sequences seen',
  reservoirState:
    'Reservoir state x_t on the held-out sequence (units × time): the first {shown} of {n} units',
  noGates: 'An echo state network has no gates: its reservoir units are leaky tanh units.',
  noGradients:
    'No ‖∂E/∂s_t‖ here: nothing is sent back through time in an echo state network. The readout is fitted to the states as they come.',
  noAgreement:
    'RTRL and BPTT are not compared: neither trains an echo state network; its readout is one ridge-regression solve.',
  engine:
    'Fitted on the engine (typed arrays, float64) in a background worker; the tfjs and WebAssembly engines train gradient networks only.',
  keep: 'The share link keeps every setting and the seed: the reservoir is drawn again from the seed and the readout fitted on the same sequences, so the link gives the same fit. Links with weights, model files, saving in the browser and the Code export are for the gradient-trained networks; an echo state network is not exported as a program.',
  numbersSequences: 'Sequences',
  numbersRows: 'Fitted steps',
  failed: 'The fit stopped: {message}',
} as const;
