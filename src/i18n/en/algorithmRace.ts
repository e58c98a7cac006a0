/** Strings of the AlgorithmRace widget. */
export const algorithmRace = {
  dekf: 'Decoupled EKF',
  start: 'Start the race',
  pause: 'Pause',
  resume: 'Resume',
  restart: 'Reset the race',
  idle: 'Press “Start”: five copies of one small RNN, the same starting weights and the same sequences, each trained by another algorithm. Training runs off the main thread.',
  failed: 'The race stopped: {message}. Your settings are kept; start it again.',
  running: 'Racing… {n} sequences each so far.',
  paused: 'Paused after {n} sequences each.',
  offscreen: 'Waiting while the figure is off screen ({n} sequences each so far).',
  hiddenTab: 'Waiting while the tab is hidden ({n} sequences each so far).',
  preempted:
    'Paused after {n} sequences each: another figure started working. Press “Resume” to go on.',
  task: 'Task',
  taskDelay: 'Delay: repeat the bit from lag steps ago',
  taskXor: 'Temporal XOR (Elman 1990)',
  lag: 'Lag of the delay task',
  hidden: 'Hidden units n',
  length: 'Steps per sequence',
  k: 'TBPTT window k',
  lr: 'Learning rate (BPTT)',
  fairness:
    'For fairness every gradient method moves the weights about as far per sequence: BPTT takes one step with the learning rate, TBPTT one every k steps with lr·k/L, RTRL one at every step with lr/L. The Kalman filters have no learning rate; they start with covariance 100·I.',
  sequences: 'sequences',
  seconds: 'training time (s)',
  loss: 'loss (nats, smoothed)',
  lossBySequence: 'Loss against sequences seen: who learns the most per example.',
  lossByTime: 'Loss against training time: who learns the most per second.',
  lossBySequenceLabel:
    'Smoothed loss of each algorithm against the number of training sequences. The numbers are in the table below.',
  lossByTimeLabel:
    'Smoothed loss of each algorithm against training time in seconds. The numbers are in the table below.',
  hiddenUnits: 'hidden units n',
  multiplyAdds: 'multiply-adds per step',
  floats: 'floats stored',
  opsLabel:
    'Multiply-adds per time step against hidden units, log-log: BPTT and TBPTT grow as n², RTRL and both EKFs as n⁴ (the global EKF with the largest constant).',
  memLabel: 'Floats each algorithm keeps, against hidden units, log-log.',
  opsCaption:
    'Cost per time step, counted from the sizes (log–log): BPTT’s lines rise with slope 2 (n²), RTRL’s with slope 4 (n⁴).',
  memCaption:
    'Memory: BPTT keeps every step of the sequence, RTRL its n³ sensitivities, the EKF a covariance over all weights.',
  agreement:
    'RTRL and BPTT, the same gradient computed forwards and backwards in time, on a probe sequence at BPTT’s weights after {at} sequences: largest difference {diff}, relative {rel}.',
  agreementPending: 'Once the race runs, RTRL’s and BPTT’s gradients are compared here.',
  tableCaption: 'The race so far, and each algorithm’s counted cost per time step at this size',
  algorithm: 'Algorithm',
  msPerSequence: 'ms per sequence',
} as const;
