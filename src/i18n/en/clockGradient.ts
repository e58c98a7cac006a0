/** Strings of the ClockGradient widget. */
export const clockGradient = {
  periods: 'Periods, fastest first',
  periodsHint:
    'Write one to four whole numbers from 1 to 256, separated by commas, each at least the one before it.',
  rho: 'Spectral radius ρ (the SRN’s W, each module’s own block)',
  horizon: 'Last step T (the longest lag)',
  unitsPerModule: 'Units per module k',
  chartTitle:
    'Each module’s own block ‖∂s_T^(m)/∂s_k^(m)‖ in the clockwork RNN, and the SRN’s ‖∂s_T/∂s_k‖, against the lag T − k (log scale)',
  chartLabel:
    'Norms of the Jacobian products against the lag, one line per module and one for the SRN',
  lagAxis: 'lag T − k (steps back)',
  normAxis: 'norm (log scale)',
  endModule: '{m}: T = {period}',
  endSrn: 'SRN',
  keys: 'Solid line: the SRN. Dashed lines: modules 1 to {count}, each with its own dash pattern, labelled at the right end with its number and period.',
  tableCaption: 'Norms (largest singular value) at a few lags',
  lag: 'lag',
  moduleColumn: 'module {m}, T = {period}',
  wholeColumn: 'CW-RNN, whole',
  srnColumn: 'SRN, whole',
  readout:
    'At lag {lag}, the slowest module (period {period}) has taken {ticks} nonlinear steps and its own block keeps a norm of {slow}; the SRN has taken {lag} and is down to {srn}.',
  ratio: 'That is {ratio} times smaller.',
  held: 'Measured on this run: at {steps} steps where a module did not run, its rows of ∂s_t/∂s_{t−1} were exactly the identity’s (its own block I, every other block 0), and so were its rows of the product over each of {spans} complete holds: largest deviation {deviation}.',
  noHold:
    'No module holds: every period is 1, so every module takes a factor at every step, as the SRN does.',
  note: 'Both networks are untrained tanh networks of {units} units, seeded, reading the same input (one number per step drawn from N(0, 1)). The SRN’s W is rescaled to spectral radius ρ; the clockwork RNN’s W is the same draw, masked block upper triangular, with each module’s own block rescaled to ρ. A module’s line is its own block of the Jacobian product, one factor per tick and the same value between ticks; the SRN’s line is its whole product, which is at least as large as any block of it.',
  progress: 'Measuring: {done} of {of} lags…',
  done: '',
  stopped: 'Measurement stopped.',
  paused: 'Measurement paused.',
  preempted: 'Measurement paused while another figure computes.',
  offscreen: 'Waiting: the figure is off screen.',
  hiddenTab: 'Waiting: the tab is hidden.',
  failed: 'The measurement failed: {message}',
} as const;
