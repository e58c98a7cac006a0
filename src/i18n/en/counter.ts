/** Strings of the Counter widget. */
export const counter = {
  run: 'Train both',
  runAgain: 'Train again',
  idle: 'Press “Train both”: an LSTM and a GRU each learn from {budget} strings with n ≤ {trainMaxN}, then read every string up to n = {testMaxN}. It takes a few seconds, off the main thread.',
  progress: 'Training the {cell}: {sequences} of {budget} strings, loss {loss}…',
  done: 'Both trained and tested.',
  stopped: 'Stopped.',
  paused: 'Paused.',
  preempted: 'Paused: another figure started working. Press “Resume” to go on.',
  offscreen: 'Waiting while the figure is off screen.',
  hiddenTab: 'Waiting while the tab is hidden.',
  failed: 'Training stopped: {message}. Your settings are kept; train again.',
  language: 'Language',
  languages: { anbn: 'aⁿbⁿ', anbncn: 'aⁿbⁿcⁿ' },
  trainMaxN: 'Longest training n',
  testMaxN: 'Longest test n',
  hidden: 'Units per network',
  budget: 'Training strings per network',
  lr: 'Learning rate (Adam)',
  xAxis: 'position in the string',
  yAxis: 'value of the counting unit',
  chartLabel:
    'The counting unit of each network along one long test string: the LSTM’s cell state c_t and the GRU’s state s_t. The numbers are in the table below.',
  lstmLabel: 'LSTM c_t',
  gruLabel: 'GRU s_t',
  traceNote:
    'Drawn: the string with n = {n}, {times}× the longest training n; the count #a − #b climbs to {n} and falls back to 0. Each network’s unit is the one that follows that count most closely (up or down).',
  verdict:
    'Trained on n ≤ {trainMaxN}: the LSTM gets every string right up to n = {lstm}, the GRU up to n = {gru}.',
  cell: 'Network',
  cells: { lstm: 'LSTM', gru: 'GRU' },
  longest: 'Right up to n',
  rightOf: 'Strings right',
  peak: 'Largest |value|',
  correlation: 'Follows #a − #b (r)',
  published: 'Published (Weiss, Goldberg & Yahav 2018)',
  publishedRows: {
    lstm: 'learns to use a counting mechanism',
    gru: 'cannot count with finite precision: strictly weaker',
  },
  rightOfValue: '{right} / {total}',
  tableCaption: 'Trained on n ≤ {trainMaxN}, tested on n = 1 … {testMaxN}',
  rules:
    'The network reads S, then the string, and predicts the next symbol. While the a’s come it cannot know when the b’s start, so only the steps from the first b on count: it must say b (or c) until exactly n of them have come, then the end. A string is right when every one of those predictions is. Training used n = 1 … {trainMaxN} only.',
  paperRead:
    'Published: we read the paper’s abstract — LSTMs (and ReLU RNNs) can count and are strictly stronger than the GRU and squashing RNNs under finite precision, and the LSTM does learn to use a counting mechanism. Their training ranges and the n where each network failed were not checked.',
} as const;
