/** Strings of the GateTraces widget. */
export const gateTraces = {
  input: 'Input gate i',
  forget: 'Forget gate f',
  output: 'Output gate o',
  cell: 'Cell state c',
  heatmapLabel: '{name} of units 1–{units} (rows) over the test stream {stream} (columns)',
  key: '▾ marks the first symbol of each string, the one to remember; ? asks for it. The outlined row is the memory unit.',
  train: 'Train',
  untrained: 'Not trained yet: the maps show the starting weights. Press Train.',
  training: 'Training: update {step} of {total}, loss {loss}.',
  paused: 'Paused at update {step} of {total}.',
  trained: 'Trained: {total} updates, loss {loss}.',
  failed: 'Training stopped: {message}',
  again: 'Start again',
  summary:
    'Memory unit {unit}: forget gate {fB} at string boundaries, {fE} elsewhere; input gate {iK} at the first symbol, {iE} in the gap.',
  accuracy: 'Queries answered right on {streams} held-out streams: {accuracy} (chance 50%).',
  table: 'The memory unit ({unit}) over the test stream',
  symbol: 'Symbol',
  lr: 'Learning rate (Adam)',
  hidden: 'Units',
  forgetBias: 'Initial forget-gate bias',
} as const;
