/** Strings of the shared figure parts (src/ui/figure) and of figure numbers. */
export const figure = {
  number: 'Figure {n}',
  numbered: 'Figure {n} — {caption}',
  steps: 'Time steps',
  first: 'Back to t = 0',
  back: 'Step back',
  forward: 'Step forward',
  last: 'Last step',
  position: 'Step t = {t} of {last}',
  seed: 'New random weights (seed {seed})',
  play: 'Play',
  pause: 'Pause',
  running: 'Running',
  paused: 'Paused',
  moreSettings: 'More settings',
  numbers: 'The numbers',
  legend: 'Key',
  resume: 'Resume',
  runAgain: 'Run again',
  stop: 'Stop',
  jobFailed: 'The experiment stopped: {message}. Your settings are kept; run it again.',
  /** A run bar's words for a job counted in runs ({done} of {total}). */
  runCount: {
    progress: '{done} of {total} runs done…',
    done: 'All {total} runs done.',
    stopped: 'Stopped after {done} of {total} runs.',
    paused: 'Paused after {done} of {total} runs.',
    preempted:
      'Paused after {done} of {total} runs: another figure started working. Press “Resume” to go on.',
    offscreen: '{done} of {total} runs done; waiting while the figure is off screen.',
    hiddenTab: '{done} of {total} runs done; waiting while the tab is hidden.',
  },
} as const;
