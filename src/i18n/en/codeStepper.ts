/** Strings of the CodeStepper widget. */
export const codeStepper = {
  controls: 'Step through the code',
  toStart: 'Back to the start',
  back: 'Back one line',
  forward: 'Run one line',
  toEnd: 'Run to the end',
  example:
    'The example: the text “hello”, so V = {V} characters ({chars}), H = {H} hidden units and T = {T} steps: inputs “{input}”, targets “{target}”.',
  atStart: 'Nothing has run yet. Press ▶ (or →) to run the first of {n} lines.',
  atForward: 'Forward pass, t = {t}: line {line} in {fn} has set {name}.',
  atBackward: 'Backward pass, t = {t}: line {line} in {fn} has set {name}.',
  codeLabel: 'The code of {file}, lines {lines}, with the values the run has computed',
  currentMarker: 'current line',
  regionTitle: '{file}, region “{region}”',
  tableCaption: 'Variables of {fn} at this line',
  tableEmpty: 'The variables appear here once a line has run.',
  colName: 'Name',
  colValue: 'Value',
  seedNote:
    'Weights drawn from a Gaussian with σ = 0.5 (seed {seed}), so that the numbers are not all near zero; min-char-rnn starts at σ = 0.01.',
} as const;
