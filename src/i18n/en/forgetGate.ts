/** Strings of the ForgetGate widget. */
export const forgetGate = {
  run: 'Train both cells',
  idle: 'Press “Train”: {total} training runs, each judged on a stream of {strings} strings read without a reset. It takes a minute or two, off the main thread.',
  noForget: '1997 cell (no forget gate)',
  forget: 'with forget gate',
  noForgetShort: 'no forget gate',
  forgetShort: 'forget gate',
  stepAxis: 'step of the stream (no reset)',
  driftAxis: 'mean |c|',
  chartLabel:
    'Mean absolute cell state of the two networks along the test stream. The numbers are in the text below.',
  driftUntrained:
    'Untrained weights, {steps} steps of the stream: mean |c| over the last tenth is {noForget} without a forget gate and {forget} with one.',
  driftTrained:
    'The latest trained pair, {steps} steps of the stream: mean |c| over the last tenth is {noForget} without a forget gate and {forget} with one.',
  why: 'Without a forget gate, cₜ = cₜ₋₁ + iₜ ∘ gₜ: whatever the input gate lets in stays, string after string, so the state can only drift. The forget gate can multiply it by fₜ ≈ 0 at a string’s end and start afresh.',
  cell: 'Cell',
  solved: 'Runs solved',
  median: 'Median stretches to solve',
  outer: 'Outer T/P right',
  driftEnd: 'Mean |c|, last tenth',
  published: 'Gers et al. 2000',
  publishedNoForget: 'fails on the continual stream (abstract); table not checked',
  publishedForget: 'solves it (abstract); table not checked',
  solvedOf: '{solved} / {runs}',
  tableCaption:
    'Runs that learned the continual stream (every prediction legal on the test stream)',
  rules:
    'Each run trains with Adam on stretches of the stream that start at a string boundary, then reads the whole test stream in one pass from a zero state. It solves the stream when its most probable next symbol is a legal one at every step, the outer T or P included. Both cells of run r use the same seed and see the same stretches.',
  runs: 'Runs of each cell',
  budget: 'Budget per run (training stretches)',
  hidden: 'Memory cells',
  stretch: 'Symbols per training stretch',
  lr: 'Learning rate (Adam)',
  testStrings: 'Strings in the test stream',
} as const;
