import { describe, expect, it } from 'vitest';
import { stepCost } from '../core/diagnostics';
import { initParams } from '../core/model';
import { createRng } from '../core/rng';
import { createTask } from '../core/tasks';
import { createEkfTrainer, defaultEkfOptions, nodeGroups } from '../core/train';
import { resolveConfig } from './config';
import { covarianceSize, EKF_MAX_COVARIANCE, EKF_MAX_PARAMETERS } from './ekfSession';
import { engineProblem } from './engineStart';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import { tinyConfig } from './testing/fixtures';
import { TypedArraySessionCore } from './typedArraySessionCore';
import type { AlgorithmSpec, SessionConfig } from './types';

const ekfConfig = (
  algorithm: AlgorithmSpec,
  patch: Partial<SessionConfig> = {},
): SessionConfig => ({
  ...tinyConfig,
  batchSize: 1,
  algorithm,
  ...patch,
});

/**
 * The weights after `sequences` EKF sequences straight from the core — initParams, the task
 * sampled with createRng(dataSeed), createEkfTrainer stepped through each sequence — with none
 * of the session code.
 */
function coreEkfWeights(config: SessionConfig, decoupled: boolean, sequences: number) {
  const { model } = resolveConfig(config);
  const params = initParams(model, config.seed, config.init, config.initOptions);
  const spec = config.algorithm as Extract<AlgorithmSpec, { kind: 'ekf' | 'dekf' }>;
  const filter = createEkfTrainer(model, {
    ...defaultEkfOptions,
    decoupled,
    p0: spec.p0 ?? defaultEkfOptions.p0,
    r: spec.r ?? defaultEkfOptions.r,
    q: spec.q ?? defaultEkfOptions.q,
  });
  const data = config.data as Extract<SessionConfig['data'], { kind: 'task' }>;
  const task = createTask(data.name, { ...data.params });
  const rng = createRng(config.dataSeed!);
  const losses: number[] = [];
  for (let s = 0; s < sequences; s++) {
    const sample = task.sample(rng);
    filter.reset();
    let sum = 0;
    sample.inputs.forEach((x, t) => (sum += filter.step(params, x, sample.targets[t]!).loss));
    losses.push(sum / sample.inputs.length);
  }
  return { params, losses };
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe('EKF training sessions', () => {
  for (const [kind, decoupled] of [
    ['ekf', false],
    ['dekf', true],
  ] as const) {
    it(`${kind}: a session step is the core's filter over one sequence (weights and loss to 1e-12)`, () => {
      const config = ekfConfig({ kind, p0: 50, r: 0.5, q: 1e-3 });
      const core = new TypedArraySessionCore(config);
      const losses = Array.from({ length: 4 }, () => core.step().loss);
      const reference = coreEkfWeights(config, decoupled, 4);
      expect(maxAbsDiff(core.getWeights(), reference.params)).toBeLessThan(1e-12);
      expect(maxAbsDiff(losses, reference.losses)).toBeLessThan(1e-12);
      // The covariance lives across sequences: the other filter's weights differ.
      const other = coreEkfWeights(config, !decoupled, 4);
      expect(maxAbsDiff(core.getWeights(), other.params)).toBeGreaterThan(1e-6);
    });
  }

  it('reset restarts the covariance as well as the weights and the data', () => {
    const core = new TypedArraySessionCore(ekfConfig({ kind: 'ekf' }));
    core.step();
    const first = core.getWeights();
    core.step();
    core.reset();
    core.step();
    expect(maxAbsDiff(core.getWeights(), first)).toBe(0);
  });

  it('the decoupled filter keeps one block per neuron, as the core groups them', () => {
    const { model } = resolveConfig(ekfConfig({ kind: 'dekf' }));
    const groups = nodeGroups(model);
    // 3 hidden units (input, recurrent, bias) and the output unit (V row, bias).
    expect(groups.map((g) => g.length)).toEqual([5, 5, 5, 4]);
    expect(covarianceSize(model, true)).toBe(3 * 25 + 16);
    expect(covarianceSize(model, false)).toBe(model.layout.size ** 2);
    const floats = (a: 'ekf' | 'dekf') =>
      stepCost(model, a, { T: 9 }).floatsStored - stepCost(model, 'rtrl', { T: 9 }).floatsStored;
    expect(floats('dekf')).toBe(covarianceSize(model, true));
    expect(floats('ekf')).toBe(covarianceSize(model, false));
  });
});

describe('EKF sessions refuse, saying why', () => {
  const refusal = (algorithm: AlgorithmSpec, patch: Partial<SessionConfig> = {}) => {
    try {
      resolveConfig(ekfConfig(algorithm, patch));
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  };
  const srn = (hidden: number, layers = 1, bidirectional = false) => ({
    spec: { ...tinyConfig.spec, hiddenSize: hidden, layers, bidirectional },
  });

  it('models RTRL does not cover, and batches', () => {
    for (const kind of ['ekf', 'dekf'] as const) {
      expect(refusal({ kind }, srn(3, 2))).toMatch(/Jacobians from RTRL.*single-layer/);
      const jordan = { spec: { ...tinyConfig.spec, cell: { kind: 'jordan', activation: 'tanh' } } };
      expect(refusal({ kind }, jordan as Partial<SessionConfig>)).toMatch(
        /output head \(a Jordan network has none/,
      );
      expect(refusal({ kind }, srn(3, 1, true))).toMatch(/unidirectional/);
      expect(refusal({ kind }, { batchSize: 4 })).toMatch(/updates online.*batchSize must be 1/);
    }
  });

  it('a global covariance over the parameter limit, naming the count and the limit', () => {
    // n units: n² + 3n + 1 parameters (input and recurrent weights, biases, the head).
    expect(EKF_MAX_PARAMETERS).toBe(2000);
    expect(refusal({ kind: 'ekf' }, srn(50))).toBe(
      "the EKF keeps an N × N covariance of the model's 2,651 trainable parameters; it trains " +
        'at most 2,000 (a 32 MB covariance): try the decoupled EKF or a smaller model',
    );
    expect(refusal({ kind: 'ekf' }, srn(43))).toBeNull();
    expect(refusal({ kind: 'dekf' }, srn(50))).toBeNull();
  });

  it('decoupled blocks over the covariance limit', () => {
    expect(EKF_MAX_COVARIANCE).toBe(4e6);
    // 160 units: 160 blocks of 162² and one of 161²; 160² + 3·160 + 1 parameters.
    const message = refusal({ kind: 'dekf' }, srn(160));
    expect(message).toBe(
      "the decoupled EKF would keep 4,224,961 covariance entries for the model's 26,081 " +
        'trainable parameters; it keeps at most 4,000,000: try a smaller model',
    );
    expect(refusal({ kind: 'dekf' }, srn(150))).toBeNull();
  });

  it('noise settings that are not positive numbers', () => {
    expect(refusal({ kind: 'ekf', p0: 0 })).toMatch(/p0 must be > 0/);
    expect(refusal({ kind: 'ekf', r: NaN })).toMatch(/r must be > 0/);
    expect(refusal({ kind: 'dekf', q: -1 })).toMatch(/q must be ≥ 0/);
    expect(refusal({ kind: 'dekf', q: 0 })).toBeNull();
  });

  it('every engine but the typed arrays refuses it; auto trains on the typed arrays', async () => {
    const resolved = resolveConfig(ekfConfig({ kind: 'dekf' }));
    for (const engine of ['simd', 'webgl', 'wasm', 'cpu'] as const)
      expect(engineProblem(resolved, engine)).toEqual({
        code: 'algorithmOnlyCore',
        algorithm: 'dekf',
        engine,
      });
    expect(engineProblem(resolved, 'core')).toBeNull();
    const session = new TrainingSession(resolved.config, {
      engine: 'auto',
      backend: 'thread',
      scheduler: new Scheduler(),
      timing: { progressIntervalMs: 0 },
    });
    await session.step(2);
    expect(session.engine).toMatchObject({
      engine: 'core',
      cause: 'auto',
      reasons: [
        {
          code: 'autoOnlyCore',
          problem: { code: 'algorithmOnlyCore', algorithm: 'dekf', engine: 'cpu' },
        },
      ],
    });
    expect(session.progress!.step).toBe(2);
    session.dispose();
  });
});
