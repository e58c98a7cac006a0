import { describe, expect, it } from 'vitest';
import { esnPlaygroundStep, metricKind } from '../../../core/experiments';
import { ALGORITHMS, CELL_KINDS, TASKS } from '../choices';
import { compose, heldOutSamples, MAX_STEP_WORK } from '../compose';
import { playgroundMeta } from '../meta';
import type { PlaygroundSettings } from '../settings';
import { composeEsn } from './composeEsn';

const settings = (patch: Partial<PlaygroundSettings>) =>
  playgroundMeta.props.parse({ cell: 'esn', algorithm: 'ridge', esnSize: 12, ...patch });

describe('composing the Playground’s echo state network', () => {
  it('refuses every gradient algorithm and filter for the ESN, naming it', () => {
    for (const algorithm of ALGORITHMS) {
      const c = composeEsn(settings({ algorithm }));
      expect(c.ok ? null : c.problem).toEqual({ kind: 'esnAlgorithm', algorithm });
    }
  });

  it('refuses the ridge readout for every session cell, and the ESN in the session path', () => {
    for (const cell of CELL_KINDS) {
      const c = compose(settings({ cell }));
      expect(c.ok ? null : c.problem).toEqual({ kind: 'ridgeOnlyEsn', cell });
    }
    const c = compose(settings({}));
    expect(c.ok ? null : c.problem).toEqual({ kind: 'esnCell' });
  });

  it('refuses a nonlinear head, and passes the core’s own checks through', () => {
    for (const head of ['softmax', 'sigmoid'] as const) {
      const c = composeEsn(settings({ head }));
      expect(c.ok ? null : c.problem).toEqual({ kind: 'esnHead', head });
    }
    expect(composeEsn(settings({ head: 'linear' })).ok).toBe(true);
    const big = composeEsn(settings({ esnSize: 500, task: 'mackeyGlass', batch: 256 }));
    expect(big.ok ? null : big.problem).toMatchObject({ kind: 'tooBig', limit: MAX_STEP_WORK });
  });

  it('every task of the registry fits a step through the job (the readout is linear for each)', () => {
    const fitted: string[] = [];
    for (const task of TASKS) {
      const c = composeEsn(settings({ task, esnWashout: 0 }));
      if (!c.ok) throw new Error(`${task}: ${JSON.stringify(c.problem)}`);
      const result = esnPlaygroundStep({
        config: c.config,
        task: c.taskRef,
        dataSeed: c.dataSeed,
        add: 1,
        carried: null,
        heldOut: heldOutSamples(c.task, 1, 1),
        kind: metricKind(c.task),
      });
      expect(result.wOut.rows, task).toBe(c.task.outputSize);
      expect(Number.isFinite(result.loss), task).toBe(true);
      fitted.push(task);
    }
    // Regression, classification (one-hot targets) and bit tasks alike.
    expect(fitted).toEqual([...TASKS]);
  });
});
