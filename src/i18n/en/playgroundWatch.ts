/** Strings of the Playground's Watch views (src/widgets/Playground/watch/). */
export const playgroundWatch = {
  axis: 'Curves against',
  axes: { steps: 'training steps', time: 'training time' },
  timeAxis: 'seconds of training (paused time left out)',
  evaluating: 'Reading the weights of step {step} on the held-out sequences…',
  held: 'The views wait while the figure is off screen or the tab is hidden.',
  failed: 'The views could not be computed: {message}',
  gatesTitle: 'Gates over time on the held-out sequence (units × time, top layer)',
  gateNames: {
    z: 'update gate z',
    r: 'reset gate r',
    i: 'input gate i',
    f: 'forget gate f',
    o: 'output gate o',
    c: 'cell state c',
    modules: 'clockwork modules',
  } as Readonly<Record<string, string>>,
  modulesNote:
    'Dark: the module runs at step t (t mod T_i = 0); white: it holds its state. One row per module, fastest first.',
  gateLabel: '{name}: {rows} rows over {steps} time steps; white 0, dark blue 1.',
  stateLabel: '{name}: {rows} units over {steps} time steps; red negative, blue positive.',
  gatesReadout: 'Mean over units and time: {values}.',
  noGates: 'This cell has no gates: choose a GRU, an LSTM or a clockwork RNN to see them.',
  gradientsTitle: 'How far back the error reaches: ‖∂E/∂s_t‖ at each step of the held-out sequence',
  gradientsAxis: '‖∂E/∂s_t‖ (log scale)',
  gradientsNow: 'step {step}',
  gradientsStart: 'at step 0',
  gradientsLabel:
    'The norm of the loss’s gradient with respect to the state at each time step, on a log scale: now (solid) and before training (dashed).',
  gradientsReadout:
    'At step {step}: ‖∂E/∂s_t‖ runs from {first} at t = 0 to {last} at t = {T}; the smallest is {min} at t = {at}. The state s_t is h_t (the LSTM’s h_t and c_t).',
  gradientsRefused: 'Per-step gradients are drawn for one-layer, one-direction models.',
  agreementTitle: 'RTRL against BPTT',
  agreement:
    'The same gradient of the first held-out sequence’s loss, computed forwards in time (RTRL) and backwards (BPTT), in float64: largest relative difference {relative}.',
  agreementShape:
    'RTRL is not compared here: it covers one-layer, one-direction models with an output head.',
  agreementSize:
    'RTRL is not compared here: on this model it would take {work} multiply-adds and keep {floats} numbers for one sequence (limits {workLimit} and {floatsLimit}).',
  agreementDetails: 'Block by block',
  agreementCaption: 'BPTT’s gradient and its largest difference from RTRL’s, per weight block',
  block: 'Block',
  norm: '‖BPTT gradient‖',
  maxDiff: 'largest |BPTT − RTRL|',
  relative: 'relative',
} as const;
