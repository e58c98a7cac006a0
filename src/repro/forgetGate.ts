import {
  FORGET_CELLS,
  forgetGateExperiment,
  summariseForget,
  type ForgetGateSettings,
} from '../core/experiments';
import { fmt, type ReproRow } from './common';

/**
 * The forget gate on the continual embedded Reber grammar (Gers, Schmidhuber & Cummins 2000):
 * the ForgetGate figure's experiment with its default settings, three seeded runs of each cell.
 */
export const FORGET_REPRO: ForgetGateSettings = {
  hidden: 8,
  runs: 3,
  budget: 2000,
  stretch: 60,
  lr: 0.02,
  testStrings: 100,
  seed: 1,
};

export function reproduceForgetGate(settings = FORGET_REPRO): ReproRow {
  const gen = forgetGateExperiment(settings);
  let step = gen.next();
  while (!step.done) step = gen.next();
  const [open, gated] = FORGET_CELLS.map((cell) => summariseForget(step.value, cell)) as [
    ReturnType<typeof summariseForget>,
    ReturnType<typeof summariseForget>,
  ];
  const pct = (x: number) => `${fmt(100 * x)}%`;
  return {
    experiment: 'Continual embedded Reber stream: the 1997 cell against the forget gate',
    source: 'Gers, Schmidhuber & Cummins 2000',
    published:
      'standard LSTM fails on the continual stream, LSTM with forget gates solves it (abstract; the table not checked)',
    measured: `runs solving a ${settings.testStrings}-string test stream: no forget gate ${open.solved}/${open.runs}, forget gate ${gated.solved}/${gated.runs}; outer T/P right ${pct(open.meanOuter)} vs ${pct(gated.meanOuter)}; mean |c| at the stream's end ${fmt(open.meanDriftEnd)} vs ${fmt(gated.meanDriftEnd)}`,
    reproduced: gated.solved > open.solved && open.meanDriftEnd > 10 * gated.meanDriftEnd,
    details: { ...settings },
  };
}
