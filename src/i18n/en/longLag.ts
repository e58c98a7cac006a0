/** Strings of the LongLag widget. */
export const longLag = {
  run: 'Run the experiment',
  idle: 'Press “Run”: {total} training runs ({runs} per cell), at most {budget} sequences each. At the defaults it takes a few seconds, off the main thread.',
  lag: 'Sequence length T (lag ≥ T/2)',
  forgetBias: 'LSTM forget-gate bias',
  runs: 'Runs per cell',
  budget: 'Budget per run (sequences)',
  lr: 'Learning rate (Adam)',
  xAxis: 'training sequences',
  yAxis: 'test sequences right',
  chartLabel:
    'Mean share of test sequences each cell gets right, against the training sequences seen. The numbers are in the table below.',
  cells: { srn: 'SRN', gru: 'GRU', lstm: 'LSTM' },
  cell: 'Cell',
  solved: 'Runs solved',
  median: 'Median sequences',
  share: 'Test right at the end',
  published: 'Published (Hochreiter & Schmidhuber 1997)',
  publishedRows: {
    srn: 'fails: no other recurrent net algorithm solved it',
    gru: '— (the GRU came in 2014)',
    lstm: 'solves it (T = 100 to 1000); sequences needed: not checked',
  },
  solvedOf: '{solved} / {runs}',
  tableCaption: 'Adding problem at T = {T}: runs that solved it, by cell',
  rules:
    'The adding problem: pairs (value, marker); at the end the network must output 0.5 + (X₁ + X₂)/4 for the two marked values, the first of them among the first ten steps. A sequence is right when the error at its end is below 0.04 (the paper’s criterion); a run has solved the task once {share}% of its {tests} test sequences are right. Cells of about 120 weights each, Adam with clipping, batches of 8.',
  scale:
    'These runs are small so that they finish in seconds in your browser: T = {T} and {runs} runs per cell. The paper’s setting is much bigger — T = 100, 500 and 1000 and far more sequences — so its lags are far longer than the ones here.',
  paperRead:
    'Published: we read the conference version of this experiment (Hochreiter & Schmidhuber 1996), which names the 0.04 criterion and says no other recurrent net algorithm solved these tasks in reasonable time; the 1997 paper’s table of sequences needed was not checked. The temporal order problem (experiment 6) is not run here.',
  forgetNote:
    'Forget-gate bias {bias}: the cell keeps σ({bias}) = {kept} of its content per step, {left} after {lag} steps if nothing else acts. In our runs the adding problem needed bias 5 at T = 100.',
} as const;
