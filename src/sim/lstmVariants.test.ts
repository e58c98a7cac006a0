import { describe, expect, it } from 'vitest';
import { greffCell, lstm1997Cell, type LstmSpec } from '../core/cells';
import { forward, sequenceLoss } from '../core/model';
import { createRng } from '../core/rng';
import { createTask } from '../core/tasks';
import { resolveConfig } from './config';
import { engineProblem } from './engineStart';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import type { SessionConfig } from './types';

const configOf = (cell: LstmSpec): SessionConfig => ({
  spec: {
    cell,
    inputSize: 7,
    hiddenSize: 6,
    outputSize: 7,
    layers: 1,
    bidirectional: false,
    output: 'softmax',
  },
  seed: 3,
  train: { optimiser: { kind: 'adam', lr: 0.02 }, clipNorm: 5 },
  data: { kind: 'task', name: 'embeddedReber' },
  batchSize: 4,
});

describe('LSTM variants in training sessions', () => {
  it('the tfjs engines refuse a variant or the truncated gradient, saying why; core takes them', () => {
    for (const [cell, what] of [
      [greffCell('cifg'), { code: 'lstmVariantOnlyCore', variant: 'cifg' }],
      [lstm1997Cell(true), { code: 'lstmVariantOnlyCore', variant: null }],
    ] as const) {
      const resolved = resolveConfig(configOf(cell));
      for (const engine of ['webgl', 'wasm', 'cpu'] as const)
        expect(engineProblem(resolved, engine)).toEqual(what);
      expect(engineProblem(resolved, 'core')).toBeNull();
    }
    expect(engineProblem(resolveConfig(configOf(greffCell('vanilla'))), 'webgl')).toBeNull();
    expect(engineProblem(resolveConfig(configOf(greffCell('np'))), 'cpu')).toBeNull();
  });

  for (const [name, cell] of [
    ['fgr', greffCell('fgr', 1)],
    ['1997, truncated gradient', lstm1997Cell(true)],
  ] as const) {
    it(`the typed-array engine trains ${name}: held-out loss on embedded Reber falls by a third in 300 steps`, async () => {
      const config = configOf(cell);
      const session = new TrainingSession(config, {
        backend: 'thread',
        scheduler: new Scheduler(),
        engine: 'core',
      });
      const task = createTask('embeddedReber');
      const heldOut = () => {
        const rng = createRng(777);
        let loss = 0;
        let count = 0;
        for (let k = 0; k < 60; k++) {
          const s = task.sample(rng);
          const r = sequenceLoss(
            session.model,
            forward(session.model, session.getWeights(), s.inputs),
            s.targets,
          );
          loss += r.loss;
          count += r.count;
        }
        return loss / count;
      };
      const before = heldOut();
      await session.step(300);
      expect(session.engine?.engine).toBe('core');
      expect(heldOut()).toBeLessThan((2 / 3) * before);
      session.dispose();
    });
  }
});
