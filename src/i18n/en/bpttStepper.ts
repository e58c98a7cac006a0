/** Strings of the BpttStepper widget. */
export const bpttStepper = {
  word: 'Word (5–9 letters a–z)',
  wordInvalid: 'Use 5 to 9 lowercase letters a–z; the figure keeps “{word}”.',
  controls: 'Forward and backward steps',
  toStart: 'Start',
  back: 'Step back',
  forwardStep: 'Forward step',
  backwardStep: 'Backward step',
  toEnd: 'Run to the end',
  atStart:
    'Nothing computed yet. The network will read {T} letters, each asked to predict the next.',
  atForward: 'Forward pass, step t = {t} of {last}: reading “{input}”, should predict “{target}”.',
  atBackward:
    'Backward pass, step t = {t}: δ_t collects the error of step {t} and what flows back from step t + 1.',
  pressForward: 'Press “Forward step” to run the network one letter at a time.',
  k: 'Truncation k (steps each error goes back)',
  kAll: '{k} = T',
  wScale: 'Scale of W',
  barsAxis: '‖δₜ sₜ₋₁ᵀ‖',
  chainLegend:
    'Boxes: input letter xₜ, state sₜ (three numbers), target y and error Eₜ. Red dashed arrows, in the backward pass: the size of the error sent back — ‖Vᵀeₜ‖ from the output, ‖Wᵀδₜ₊₁‖ along W. The current step is outlined.',
  chainRegion: 'The unrolled network, one column per time step (scrolls sideways)',
  barsKey: 'Bars',
  keyFull: 'Full term δₜ sₜ₋₁ᵀ (hatched outline)',
  keyKept: 'What truncated BPTT keeps (solid bar)',
  barsLabel:
    'Each time step’s contribution to ∂E/∂W: the full contribution as a hatched outline, the part truncated BPTT keeps as a solid bar. The numbers are in the table below.',
  summaryPending: 'Each step’s contribution to ∂E/∂W appears as the backward pass reaches it.',
  summaryFull: '‖∂E/∂W‖ = {full}: the sum of every step’s term, as full BPTT computes it.',
  summaryTruncated:
    '‖∂E/∂W‖ = {full} in full; truncated to k = {k} it is {kept}, and the cosine between the two directions is {cosine}.',
  tableCaption:
    'Per time step: error, backpropagated δ, and its contribution to ∂E/∂W (full and truncated)',
  colLetters: 'reads → predicts',
  colFull: 'contribution, full',
  colKept: 'contribution, truncated',
} as const;
