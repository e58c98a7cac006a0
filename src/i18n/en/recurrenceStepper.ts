/** Strings of the RecurrenceStepper widget. */
export const recurrenceStepper = {
  word: 'Word (letters a–z)',
  wordInvalid: 'Use 1 to 12 lowercase letters a–z; the figure keeps “{word}”.',
  position: 'Time step t = {t} of {last}, reading “{symbol}”',
  uScale: 'Scale of U',
  wMatrix: 'Recurrent weights W',
  wEntry: 'W row {i}, column {j}',
  input: 'Input xₜ (one-hot)',
  previous: 'Previous state sₜ₋₁',
  state: 'New state sₜ',
  output: 'Output oₜ = softmax(V sₜ)',
  cellsLabel: '{name}: {values}',
  table: 'Every step of “{word}”',
  letter: 'Letter xₜ',
  next: 'Most likely next',
  predicts: 'Most likely next letter: “{symbol}” ({p})',
} as const;
