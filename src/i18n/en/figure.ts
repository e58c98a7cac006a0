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
} as const;
