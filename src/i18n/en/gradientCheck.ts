/** Strings of the GradientCheck widget. */
export const gradientCheck = {
  cellLegend: 'Cell',
  cellSrn: 'SRN',
  cellGru: 'GRU',
  cellLstm: 'LSTM',
  cellClockwork: 'Clockwork',
  run: 'Check',
  again: 'Check again',
  idle: 'The check starts by itself: {total} entries, four forward passes each, off the main thread.',
  progress: 'Checking: {done} of {total} entries…',
  autodiff: 'Differences done; TensorFlow.js is differentiating…',
  done: 'Checked {total} entries.',
  stopped: 'Stopped after {done} of {total} entries.',
  paused: 'Paused after {done} of {total} entries.',
  preempted:
    'Paused after {done} of {total} entries: another figure started working. Press “Resume” to go on.',
  offscreen: '{done} of {total} entries checked; waiting while the figure is off screen.',
  hiddenTab: '{done} of {total} entries checked; waiting while the tab is hidden.',
  fd64: 'float64 differences',
  fd32: 'float32 differences',
  tf: 'TensorFlow.js autodiff',
  errorAxis: 'relative error vs BPTT (0 at 10⁻¹⁷)',
  stripsLabel:
    'Relative error of each checked entry against BPTT, per parameter block, on a log scale: float64 differences, float32 differences and TensorFlow.js autodiff. The numbers are in the text and tables below.',
  guide: '10⁻⁷',
  sweepTitle: 'The step-size trade-off for {entry} (∂E/∂w = {value})',
  sweepX: 'step h',
  sweepY: 'relative error',
  sweepLabel:
    'Relative error of the centred difference against h for one entry, in float64 and in float32, on log axes. The numbers are in the text below.',
  stepInUse: 'h in use',
  problem:
    'A character model over 8 symbols, H = {hidden}, a seeded window of T = {steps} characters: E = {loss} nats (float64), {loss32} in float32. Checked {checked} of {total} parameters in {blocks} blocks; {sampledNote}',
  allChecked: 'every parameter was checked.',
  sampled:
    '{sampled} blocks have more than {perBlock} entries, so {perBlock} of each were drawn at random.',
  frozenNote: 'W’s structural zeros are not parameters and are not checked.',
  fd64Summary:
    'float64 differences (h = {h}): {below} of {checked} entries agree with BPTT to within 10⁻⁷; the median relative error is {median}, the worst {worst}.',
  fd32Summary:
    'float32 differences with the same h: median {median}, worst {worst}, about {factor} times the float64 median. They come in whole multiples of {quantum}: one float32 step of E (its last digit, {ulp}) divided by 2h.',
  sweepSummary:
    'Best step in the sweep: float64 reaches {best64} at h = {h64}; float32 only {best32}, at h = {h32}. Too large a step errs by truncation (∝ h²); too small, by rounding (∝ u|E|/h), and float32’s unit roundoff u ≈ 6 × 10⁻⁸ is 5 × 10⁸ times float64’s.',
  tfSummary:
    'TensorFlow.js autodiff (float32, {backend} backend): median {median}, worst {worst}: float32 arithmetic, not a wrong gradient.',
  tfWaiting: 'TensorFlow.js autodiff: not yet computed.',
  tfFailed: 'TensorFlow.js autodiff could not run: {message}',
  tinyNote:
    'The rounding error of a difference is about u|E|/h whatever the entry, so, relative to the entry, it is largest where the derivative is small: the entries with the largest float64 errors tend to have small gradients.',
  blocksCaption: 'Worst relative error against BPTT, per block',
  block: 'Block',
  checked: 'Checked',
  checkedOf: '{checked} of {total}',
  worstFd64: 'float64 diff.',
  worstFd32: 'float32 diff.',
  worstTf: 'tfjs autodiff',
  entriesCaption: 'The entries with the largest float64 error, and all four values',
  entry: 'Entry',
  bptt: 'BPTT (float64)',
  relFd64: 'r, float64',
  relFd32: 'r, float32',
  relTf: 'r, tfjs',
  notComputed: '–',
  hidden: 'Hidden units H',
  steps: 'Window length T',
  h: 'Finite-difference step h',
  perBlock: 'Most entries per block',
} as const;
