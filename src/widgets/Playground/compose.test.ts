import { describe, expect, it } from 'vitest';
import { LSTM_VARIANTS } from '../../core/cells';
import { createModel, parameterCount } from '../../core/model';
import { createRng } from '../../core/rng';
import { taskNames } from '../../core/tasks';
import { engineProblem, ENGINES, resolveConfig } from '../../sim';
import { TypedArraySessionCore } from '../../sim/typedArraySessionCore';
import { ALGORITHMS, CELL_KINDS, HEADS, INIT_KINDS, OPTIMISERS } from './choices';
import { compose, MAX_PARAMETERS, parseTaskParams, taskDefaults } from './compose';
import { modelDiagram } from './diagram';
import { heldOutCount } from './history';
import { playgroundMeta } from './meta';
import type { PlaygroundSettings } from './settings';

const defaults = playgroundMeta.props.parse({});
const settings = (patch: Partial<PlaygroundSettings>) =>
  playgroundMeta.props.parse({ ...defaults, ...patch });

/** Either the combination is refused with a non-empty reason, or a step trains to a finite loss. */
function trainsOrRefuses(s: PlaygroundSettings): 'trained' | 'refused' {
  const c = compose(s);
  if (!c.ok) {
    const text = JSON.stringify(c.problem);
    expect(text.length, text).toBeGreaterThan(20);
    return 'refused';
  }
  const core = new TypedArraySessionCore(c.config);
  const outcome = core.step();
  expect(Number.isFinite(outcome.loss), JSON.stringify(s)).toBe(true);
  return 'trained';
}

describe('Playground composition', () => {
  it('offers every cell, initialiser, optimiser and algorithm of the engine', () => {
    expect(CELL_KINDS).toEqual(['srn', 'jordan', 'gru', 'lstm', 'clockwork']);
    expect(INIT_KINDS).toEqual(['uniform', 'gaussian', 'identity', 'orthogonal']);
    expect(OPTIMISERS).toContain('adam');
    expect(ALGORITHMS).toEqual(['bptt', 'tbptt', 'rtrl', 'ekf', 'dekf']);
    expect(HEADS).toEqual(['auto', 'softmax', 'linear', 'sigmoid']);
    expect(playgroundMeta.props.shape.task.unwrap().options).toEqual(taskNames);
  });

  it('every cell × variant × depth × direction × algorithm × head trains a step or is refused with a reason', () => {
    const tally = { trained: 0, refused: 0 };
    const cells: Partial<PlaygroundSettings>[] = [
      ...CELL_KINDS.filter((c) => c !== 'lstm').map((cell) => ({ cell })),
      ...LSTM_VARIANTS.map((variant) => ({ cell: 'lstm' as const, variant, peepholes: true })),
      { cell: 'lstm', variant: 'standard', peepholes: false },
    ];
    for (const cell of cells)
      for (const layers of [1, 2])
        for (const bidirectional of [false, true])
          for (const algorithm of ALGORITHMS)
            for (const head of HEADS) {
              const s = settings({
                ...cell,
                layers,
                bidirectional,
                algorithm,
                head,
                hidden: 4,
                periods: [1, 2],
                task: 'temporalXor',
                taskParams: '{"length":12}',
                k1: 3,
                k2: 5,
              });
              tally[trainsOrRefuses(s)]++;
            }
    // Measured once: most combinations train; every refusal above carried its reason.
    expect(tally.trained).toBeGreaterThan(100);
    expect(tally.refused).toBeGreaterThan(100);
  });

  it('EKF and DEKF: every single-layer one-way cell trains on the typed arrays only; the rest are refused with RTRL’s reason', () => {
    const cells: Partial<PlaygroundSettings>[] = [
      ...CELL_KINDS.filter((c) => c !== 'lstm').map((cell) => ({ cell })),
      ...LSTM_VARIANTS.map((variant) => ({ cell: 'lstm' as const, variant, peepholes: true })),
    ];
    const trained = new Set<string>();
    for (const cell of cells)
      for (const [layers, bidirectional] of [
        [1, false],
        [2, false],
        [1, true],
      ] as const)
        for (const algorithm of ['ekf', 'dekf'] as const) {
          const s = settings({
            ...cell,
            layers,
            bidirectional,
            algorithm,
            hidden: 3,
            periods: [1, 2],
            task: 'temporalXor',
            taskParams: '{"length":6}',
          });
          const c = compose(s);
          const where = JSON.stringify({ ...cell, layers, bidirectional, algorithm });
          if (s.cell === 'jordan' && (layers > 1 || bidirectional)) {
            // Jordan networks have one one-way layer: the model itself refuses the others.
            expect(!c.ok && c.problem, where).toEqual({
              kind: 'modelSpec',
              problem: { code: 'jordanLayers' },
            });
            continue;
          }
          if (layers > 1 || bidirectional || s.cell === 'jordan') {
            const why = layers > 1 ? 'deep' : bidirectional ? 'bidirectional' : 'noHead';
            expect(!c.ok && c.problem, where).toEqual({
              kind: 'training',
              problem: { code: 'rtrlModel', algorithm, why },
            });
            continue;
          }
          expect(c.ok, where).toBe(true);
          if (!c.ok) continue;
          const resolved = resolveConfig(c.config);
          for (const engine of ENGINES)
            if (engine === 'core') expect(engineProblem(resolved, engine)).toBeNull();
            else
              expect(engineProblem(resolved, engine), `${where} on ${engine}`).toEqual({
                code: 'algorithmOnlyCore',
                algorithm,
                engine,
              });
          expect(trainsOrRefuses(s), where).toBe('trained');
          trained.add(`${s.cell}:${algorithm}`);
        }
    expect([...trained].sort()).toEqual(
      ['clockwork', 'gru', 'lstm', 'srn'].flatMap((c) => [`${c}:dekf`, `${c}:ekf`]),
    );
  });

  it('every task of the registry trains a step with its defaults, or says why not', () => {
    for (const task of taskNames) {
      const s = settings({ task, hidden: 4, taskParams: '' });
      expect(trainsOrRefuses(s), task).toBe('trained');
    }
  });

  it('refuses what the engine refuses, with the engine’s reason as a code and values', () => {
    const jordan = compose(settings({ cell: 'jordan', bidirectional: true }));
    expect(!jordan.ok && jordan.problem).toEqual({
      kind: 'modelSpec',
      problem: { code: 'jordanLayers' },
    });
    const rtrlBatch = compose(settings({ algorithm: 'rtrl', batch: 4 }));
    expect(!rtrlBatch.ok && rtrlBatch.problem).toEqual({
      kind: 'training',
      problem: { code: 'onlineBatch', algorithm: 'rtrl', batchSize: 4 },
    });
    const head = compose(settings({ task: 'reber', head: 'linear' }));
    expect(!head.ok && head.problem).toEqual({
      kind: 'taskFit',
      mismatches: [{ what: 'output', task: 'softmax', model: 'linear' }],
    });
  });

  it('refuses bad input with a message: NaN learning rate, huge sizes, bad task parameters', () => {
    expect(compose({ ...defaults, lr: NaN })).toEqual({
      ok: false,
      problem: { kind: 'learningRate', value: NaN },
    });
    const huge = compose(settings({ hidden: 1024, layers: 8 }));
    expect(!huge.ok && huge.problem).toMatchObject({ kind: 'tooBig', what: 'parameters' });
    const slowRtrl = compose(settings({ hidden: 200, algorithm: 'rtrl' }));
    expect(!slowRtrl.ok && slowRtrl.problem).toMatchObject({ kind: 'tooBig' });
    expect(parseTaskParams('latch', '{"T":')).toMatchObject({ problem: { kind: 'taskJson' } });
    expect(parseTaskParams('latch', '{"lag":5}')).toEqual({
      problem: { kind: 'unknownParam', name: 'lag', known: 'T, noiseStd' },
    });
    expect(parseTaskParams('latch', '{"T":"5"}')).toEqual({
      problem: { kind: 'paramType', name: 'T', type: 'number' },
    });
    const badLag = compose(settings({ task: 'latch', taskParams: '{"T":-3}' }));
    expect(!badLag.ok && badLag.problem).toEqual({
      kind: 'taskParam',
      problem: { code: 'integer', param: 'T', min: 1, max: Infinity, value: -3 },
    });
    expect(MAX_PARAMETERS).toBe(1e6);
  });

  it('passes the task parameters and the training settings to the session config', () => {
    const c = compose(
      settings({ task: 'latch', taskParams: '{"T":7}', algorithm: 'tbptt', k1: 2, k2: 4, clip: 0 }),
    );
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.config.data).toEqual({ kind: 'task', name: 'latch', params: { T: 7 } });
    expect(c.config.algorithm).toEqual({ kind: 'tbptt', k1: 2, k2: 4 });
    expect(c.config.train).toEqual({ optimiser: { kind: 'adam', lr: 0.01 } });
    expect(c.sampleLength).toBe(c.task.sample({ next: () => 0.5 } as never).inputs.length);
  });

  it('draws the diagram from the engine’s layout with its exact parameter count', () => {
    for (const patch of [
      {},
      { cell: 'lstm' as const, layers: 2, bidirectional: true, peepholes: true },
      { cell: 'clockwork' as const, hidden: 8, periods: [1, 2, 4] },
      { cell: 'jordan' as const },
      { cell: 'gru' as const, layers: 3 },
    ]) {
      const c = compose(settings(patch));
      expect(c.ok).toBe(true);
      if (!c.ok) continue;
      const d = modelDiagram(c.model);
      const model = createModel(c.config.spec);
      expect(d.total).toBe(parameterCount(model));
      expect(c.parameterCount).toBe(parameterCount(model));
      const summed =
        d.layers.reduce((s, l) => s + l.cells.reduce((t, cell) => t + cell.trainable, 0), 0) +
        (d.head?.trainable ?? 0);
      expect(summed).toBe(d.total);
      expect(d.layers).toHaveLength(c.config.spec.layers);
      expect(d.layers[0]!.cells).toHaveLength(c.config.spec.bidirectional ? 2 : 1);
    }
    // Clockwork masks: fewer trainable entries than the layout holds.
    const cw = compose(settings({ cell: 'clockwork', hidden: 8, periods: [1, 2, 4, 8] }));
    if (cw.ok) expect(cw.parameterCount).toBeLessThan(cw.model.layout.size);
  });

  it('the same settings and seed train the same loss curve; another seed another', () => {
    const curve = (seed: number) => {
      const c = compose(settings({ seed, task: 'addingModern', taskParams: '{"T":10}' }));
      if (!c.ok) throw new Error('refused');
      const core = new TypedArraySessionCore(c.config);
      return Array.from({ length: 5 }, () => core.step().loss);
    };
    expect(curve(3)).toEqual(curve(3));
    expect(curve(4)).not.toEqual(curve(3));
  });

  it('reads fewer held-out sequences for a bigger model, from 20 down to 1', () => {
    expect(heldOutCount(500, 12)).toBe(20);
    expect(heldOutCount(100_000, 100)).toBe(5);
    expect(heldOutCount(1_000_000, 1000)).toBe(1);
  });
});

describe('task parameters that are switches', () => {
  it('every task default is a number, a text or a switch, so the task panel has a field for it', () => {
    for (const task of taskNames)
      for (const [name, value] of Object.entries(taskDefaults(task)))
        expect(['number', 'string', 'boolean'], `${task}.${name}`).toContain(typeof value);
  });

  it('a switch takes true or false and reaches the task: random lengths from T to T + ⌊T/10⌋', () => {
    expect(parseTaskParams('twoSequence', '{"randomLength":true}')).toEqual({
      params: { randomLength: true },
    });
    expect(parseTaskParams('twoSequence', '{"randomLength":"true"}')).toEqual({
      problem: { kind: 'paramType', name: 'randomLength', type: 'boolean' },
    });
    const c = compose(
      settings({ task: 'twoSequence', taskParams: '{"T":20,"randomLength":true}' }),
    );
    if (!c.ok) throw new Error(JSON.stringify(c.problem));
    expect(c.config.data).toMatchObject({ params: { T: 20, randomLength: true } });
    const rng = createRng(3);
    const lengths = new Set(Array.from({ length: 40 }, () => c.task.sample(rng).inputs.length));
    expect([...lengths].sort()).toEqual([20, 21, 22]);
  });
});
