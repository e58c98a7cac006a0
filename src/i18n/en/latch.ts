/** Strings of the Latch widget. */
export const latch = {
  run: 'Run the experiment',
  idle: 'Press “Run”: {total} training runs, each judged on {tests} test sequences. It takes a few seconds, off the main thread.',
  maxLag: 'Longest lag T',
  hidden: 'Hidden units',
  noiseStd: 'Noise after the bit (std)',
  lr: 'Learning rate (SGD)',
  range: 'Random search: weights in',
  budget: 'Budget per run (sequences)',
  runs: 'Runs per lag and method',
  lagAxis: 'lag T (steps between the bit and the question)',
  shareAxis: 'runs solved',
  chartLabel:
    'Share of runs that learn the latch, against the lag, for gradient descent and for random search. The numbers are in the table below.',
  gdShort: 'gradient descent',
  rsShort: 'random search',
  lag: 'Lag T',
  gdSolved: 'Descent: solved',
  gdMedian: 'Descent: median sequences',
  rsSolved: 'Guessing: solved',
  rsMedian: 'Guessing: median sequences',
  solvedOf: '{solved} / {runs}',
  tableCaption: 'Runs that learned to hold the bit, by lag',
  rules:
    'A run succeeds when its network reports the bit right on all {tests} test sequences. Gradient descent is charged one sequence per update; random search one sequence per sequence it tries a guess on, and drops a guess at its first mistake. Run r of both methods sees the same test sequences.',
} as const;
