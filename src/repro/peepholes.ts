import {
  PEEPHOLE_CELLS,
  peepholeExperiment,
  summarisePeepholes,
  type PeepholeSettings,
} from '../core/experiments';
import { fmt, type ReproRow } from './common';

/**
 * Peephole connections on spike timing (Gers, Schraudolph & Schmidhuber 2002): the Peepholes
 * figure's experiment with its default settings, three seeded runs of each cell.
 */
export const PEEPHOLE_REPRO: PeepholeSettings = {
  hidden: 4,
  minGap: 4,
  maxGap: 8,
  runs: 3,
  budget: 3000,
  lr: 0.01,
  seed: 1,
};

export function reproducePeepholes(settings = PEEPHOLE_REPRO): ReproRow {
  const gen = peepholeExperiment(settings);
  let step = gen.next();
  while (!step.done) step = gen.next();
  const [plain, peep] = PEEPHOLE_CELLS.map((cell) => summarisePeepholes(step.value, cell)) as [
    ReturnType<typeof summarisePeepholes>,
    ReturnType<typeof summarisePeepholes>,
  ];
  return {
    experiment: `Spike timing (gaps ${settings.minGap}–${settings.maxGap}): LSTM with and without peepholes`,
    source: 'Gers, Schraudolph & Schmidhuber 2002',
    published:
      'with peepholes LSTM learns to tell spikes 50 from 49 steps apart (abstract); per-task tables not checked',
    measured: `runs timing all 50 test answers exactly: without peepholes ${plain.solved}/${plain.runs}, with ${peep.solved}/${peep.runs}; mean timing error ${fmt(plain.meanError)} vs ${fmt(peep.meanError)} steps`,
    reproduced: peep.solved > plain.solved,
    details: { ...settings },
  };
}
