/** Strings of the Peepholes widget. */
export const peepholes = {
  run: 'Train both cells',
  idle: 'Press “Train”: {total} training runs, each judged on 50 test sequences. It takes a minute or so, off the main thread.',
  plain: 'LSTM without peepholes',
  peepholes: 'LSTM with peepholes',
  plainShort: 'no peepholes',
  peepholesShort: 'peepholes',
  input: 'input spikes',
  target: 'target',
  stepAxis: 'time step',
  outputAxis: 'output',
  chartLabel:
    'The first test sequence: its two input spikes, the target spike, and the output of both networks at every step. The spike times are in the text below.',
  timesUntrained:
    'Untrained weights. Input spikes at steps {first} and {second}, answer due at step {target}; the largest output after the second spike is at step {plain} without peepholes and {peepholes} with them.',
  timesTrained:
    'The latest trained pair. Input spikes at steps {first} and {second}, answer due at step {target}; the largest output after the second spike is at step {plain} without peepholes and {peepholes} with them.',
  why: 'A peephole lets the gates see the cell state itself, not only the squashed, gated output hₜ₋₁: a cell that counts steps can open its output gate when the count reaches a threshold.',
  cell: 'Cell',
  solved: 'Runs solved',
  error: 'Mean timing error (steps)',
  median: 'Median sequences to solve',
  published: 'Gers et al. 2002',
  publishedPlain: 'not checked',
  publishedPeepholes: 'learns to tell spikes 50 from 49 steps apart (abstract); table not checked',
  solvedOf: '{solved} / {runs}',
  tableCaption: 'Runs that learned to time the answer',
  rules:
    'A run solves the task when, on all 50 test sequences, its output is above ½ at the due step and below ½ at every other step. The timing error is how far the largest output after the second spike lies from the due step. Both cells of run r start from the same seed and see the same sequences.',
  runs: 'Runs of each cell',
  budget: 'Budget per run (sequences)',
  hidden: 'Memory cells',
  minGap: 'Shortest gap D',
  maxGap: 'Longest gap D',
  lr: 'Learning rate (Adam)',
} as const;
