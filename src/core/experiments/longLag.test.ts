import { describe, expect, it } from 'vitest';
import { createModel, initParams, parameterCount } from '../model';
import { block, blockView } from '../params';
import {
  ADDING_TOLERANCE,
  addingShareRight,
  addingTarget,
  LAG_CELLS,
  longLagExperiment,
  longLagJobs,
  longLagSpec,
  longLagTestSet,
  meanCurves,
  runLongLag,
  tabulateLongLag,
  type LongLagResult,
  type LongLagSettings,
} from './longLag';

const settings: LongLagSettings = { T: 10, forgetBias: 5, runs: 2, budget: 400, lr: 0.05, seed: 2 };

describe('LongLag', () => {
  it('compares cells of about equal size; the forget bias is the LSTM’s', () => {
    const counts = LAG_CELLS.map((cell) => parameterCount(createModel(longLagSpec(cell, 3))));
    for (const n of counts) expect(n).toBeGreaterThan(110);
    for (const n of counts) expect(n).toBeLessThan(145);
    const model = createModel(longLagSpec('lstm', 3));
    const b = blockView(initParams(model, 1), block(model.layout, 'l0.fwd.b'));
    expect(Array.from(b.subarray(4, 8))).toEqual([3, 3, 3, 3]); // gate rows i, f, g, o
    expect(Array.from(b.subarray(0, 4))).toEqual([0, 0, 0, 0]);
  });

  it('the share right, computed by the engine and straight from the targets, agree', () => {
    // A network that always answers 0.5 (every weight 0, the head's bias 0.5): it is right
    // exactly when the target is within the tolerance of 0.5.
    const model = createModel(longLagSpec('gru', 0));
    const params = new Float64Array(model.layout.size);
    blockView(params, block(model.layout, 'head.c'))[0] = 0.5;
    const tests = longLagTestSet(20, 1, 0);
    const direct =
      tests.filter((s) => Math.abs(addingTarget(s) - 0.5) < ADDING_TOLERANCE).length / tests.length;
    expect(direct).toBeGreaterThan(0);
    expect(addingShareRight(model, params, tests)).toBe(direct);
  });

  it('one test set per run, shared by the three cells; runs are repeatable', () => {
    expect(longLagTestSet(10, 2, 0)).toEqual(longLagTestSet(10, 2, 0));
    expect(longLagTestSet(10, 2, 0)).not.toEqual(longLagTestSet(10, 2, 1));
    const a = runLongLag(settings, { cell: 'lstm', run: 1 });
    expect(runLongLag(settings, { cell: 'lstm', run: 1 })).toEqual(a);
    expect(a.outcome.sequences).toBeLessThanOrEqual(settings.budget);
  });

  it('runs every job as a background experiment and tabulates what the runs gave', () => {
    expect(longLagJobs(settings).map((j) => `${j.cell}${j.run}`)).toEqual([
      'srn0',
      'gru0',
      'lstm0',
      'srn1',
      'gru1',
      'lstm1',
    ]);
    const run = longLagExperiment(settings);
    let step = run.next();
    let pauses = 0;
    while (!step.done) {
      pauses++;
      step = run.next();
    }
    expect(pauses).toBeGreaterThanOrEqual(6);
    const results = step.value;
    expect(results).toEqual(longLagJobs(settings).map((job) => runLongLag(settings, job)));
    const rows = tabulateLongLag(settings, results);
    for (const row of rows) {
      const mine = results.filter((r) => r.cell === row.cell);
      expect(row.summary!.runs).toBe(2);
      expect(row.summary!.solved).toBe(mine.filter((r) => r.outcome.solved).length);
      expect(row.meanShareRight).toBeCloseTo((mine[0]!.shareRight + mine[1]!.shareRight) / 2, 12);
    }
  });

  it('tabulates partial results: a cell with no run yet has no summary', () => {
    const one: LongLagResult = {
      cell: 'gru',
      run: 0,
      outcome: { solved: true, sequences: 1200 },
      shareRight: 0.97,
      curve: [
        [400, 0.5],
        [800, 0.97],
      ],
    };
    const rows = tabulateLongLag(settings, [one]);
    expect(rows.map((r) => r.summary?.medianSequences ?? null)).toEqual([null, 1200, null]);
    // A run that solved it early counts at its last share on the longer run's checks.
    const other = {
      ...one,
      run: 1,
      curve: [
        [400, 0.7],
        [800, 0.8],
        [1200, 0.9],
      ] as const,
    };
    expect(meanCurves([one, other]).find((c) => c.cell === 'gru')!.points).toEqual([
      [400, 0.6],
      [800, 0.885],
      [1200, 0.935],
    ]);
  });
});
