import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { englishWords } from '../../ui/testing/englishWords';
import { compose, type Problem } from './compose';
import { playgroundMeta } from './meta';
import { problemText } from './problemText';
import type { PlaygroundSettings } from './settings';

describe('a task that needs another output layer', () => {
  it('is refused with the two layers as values, worded in each language', () => {
    const c = compose(playgroundMeta.props.parse({ task: 'temporalXor', head: 'linear' }));
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.problem).toEqual({
      kind: 'taskFit',
      mismatches: [{ what: 'output', task: 'sigmoid', model: 'linear' }],
    });
    expect(problemText(c.problem, en.playground, 'en')).toBe(
      'This task needs a sigmoid output layer (the model has linear).',
    );
    expect(problemText(c.problem, zh.playground, 'zh')).toBe(
      '这个任务需要“sigmoid”输出层（当前模型用的是“线性”）。',
    );
  });
});

const defaults = playgroundMeta.props.parse({});
const refusal = (patch: Partial<PlaygroundSettings>) => {
  const c = compose(playgroundMeta.props.parse({ ...defaults, ...patch }));
  return c.ok ? null : c.problem;
};

/** Every refusal a reader reaches with the controls that the engine once gave in English only. */
const REACHABLE: readonly [Partial<PlaygroundSettings>, Problem][] = [
  [
    { algorithm: 'rtrl', batch: 8 },
    { kind: 'training', problem: { code: 'onlineBatch', algorithm: 'rtrl', batchSize: 8 } },
  ],
  [
    { algorithm: 'dekf', batch: 4, hidden: 4 },
    { kind: 'training', problem: { code: 'onlineBatch', algorithm: 'dekf', batchSize: 4 } },
  ],
  [
    { algorithm: 'tbptt', batch: 2 },
    { kind: 'training', problem: { code: 'onlineBatch', algorithm: 'tbptt', batchSize: 2 } },
  ],
  [
    { algorithm: 'tbptt', bidirectional: true },
    { kind: 'training', problem: { code: 'tbpttBidirectional' } },
  ],
  [
    { algorithm: 'tbptt', k1: 10, k2: 5 },
    { kind: 'training', problem: { code: 'tbpttWindow', k1: 10, k2: 5 } },
  ],
  [
    { algorithm: 'rtrl', layers: 2 },
    { kind: 'training', problem: { code: 'rtrlModel', algorithm: 'rtrl', why: 'deep' } },
  ],
  [
    { algorithm: 'rtrl', bidirectional: true },
    { kind: 'training', problem: { code: 'rtrlModel', algorithm: 'rtrl', why: 'bidirectional' } },
  ],
  [
    { algorithm: 'ekf', cell: 'jordan' },
    { kind: 'training', problem: { code: 'rtrlModel', algorithm: 'ekf', why: 'noHead' } },
  ],
  [
    { algorithm: 'ekf', hidden: 64 },
    { kind: 'tooBig', what: 'ekfParameters', value: 5063, limit: 2000 },
  ],
  [
    { algorithm: 'dekf', hidden: 400, task: 'temporalXor' },
    { kind: 'tooBig', what: 'dekfCovariance', value: 64_802_401, limit: 4e6 },
  ],
  [
    { cell: 'jordan', layers: 2 },
    { kind: 'modelSpec', problem: { code: 'jordanLayers' } },
  ],
  [
    { cell: 'clockwork', hidden: 2, periods: [1, 2, 4] },
    { kind: 'modelSpec', problem: { code: 'clockworkModules', modules: 3, hidden: 2 } },
  ],
  [
    { cell: 'clockwork', periods: [4, 1] },
    { kind: 'modelSpec', problem: { code: 'clockworkOrder', periods: [4, 1] } },
  ],
  [
    { task: 'twoSequence', taskParams: '{"L":500}' },
    { kind: 'taskParam', problem: { code: 'integer', param: 'L', min: 1, max: 100, value: 500 } },
  ],
  [
    { task: 'addingModern', taskParams: '{"T":1.5}' },
    {
      kind: 'taskParam',
      problem: { code: 'integer', param: 'T', min: 2, max: Infinity, value: 1.5 },
    },
  ],
  [
    { task: 'latch', taskParams: '{"noiseStd":-1}' },
    {
      kind: 'taskParam',
      problem: { code: 'number', param: 'noiseStd', min: 0, max: Infinity, value: -1 },
    },
  ],
  [
    { task: 'sine', taskParams: '{"period":0}' },
    {
      kind: 'taskParam',
      problem: { code: 'number', param: 'period', min: Number.MIN_VALUE, max: Infinity, value: 0 },
    },
  ],
  [
    { task: 'sine', taskParams: '{"phase":"0.5"}' },
    {
      kind: 'taskParam',
      problem: { code: 'choice', param: 'phase', allowed: ['random'], value: '0.5' },
    },
  ],
  [
    { task: 'mackeyGlass', taskParams: '{"dt":0.3}' },
    { kind: 'taskParam', problem: { code: 'multipleOfDt', param: 'tau', value: 17, dt: 0.3 } },
  ],
  [
    { task: 'mackeyGlass', taskParams: '{"tau":0.2}' },
    { kind: 'taskParam', problem: { code: 'delaySteps', steps: 2, min: 3 } },
  ],
  [
    { task: 'charCorpus', taskParams: '{"text":"abc"}' },
    { kind: 'taskParam', problem: { code: 'textTooShort', symbols: 3, needed: 26 } },
  ],
];

/** Latin words a Chinese refusal may keep: the parameters' own names, as their fields show them. */
const PARAM_NAMES = ['tau', 'noiseStd', 'period', 'phase', 'mode'];

describe('refusals a reader reaches with the controls', () => {
  it('come as codes with their values, not as the engine’s English', () => {
    for (const [patch, problem] of REACHABLE)
      expect(refusal(patch), JSON.stringify(patch)).toEqual(problem);
  });

  it('are worded in both languages: the Chinese in Chinese, every value filled in', () => {
    for (const [, problem] of REACHABLE) {
      const where = JSON.stringify(problem);
      const english = problemText(problem, en.playground, 'en');
      const chinese = problemText(problem, zh.playground, 'zh');
      for (const text of [english, chinese]) expect(text, where).not.toMatch(/[{}]/);
      expect(englishWords(english).length, where).toBeGreaterThan(3);
      expect(
        englishWords(chinese).filter((w) => !PARAM_NAMES.includes(w)),
        `${where}: ${chinese}`,
      ).toEqual([]);
      expect(chinese, where).toMatch(/[\u4e00-\u9fff]{4}/);
    }
  });

  it('says what to change, with the reader’s numbers', () => {
    const rtrlBatch = REACHABLE[0]![1];
    expect(problemText(rtrlBatch, en.playground, 'en')).toBe(
      'Training with RTRL updates the weights as it reads each sequence, one sequence at a time: set the batch to 1 (it is 8).',
    );
    expect(problemText(rtrlBatch, zh.playground, 'zh')).toBe(
      '用“实时循环学习（RTRL）”训练时，权重在读序列的过程中随时更新，因此一次只能训练一条序列：请把批大小设为 1（现在是 8）。',
    );
    const ekfJordan = REACHABLE[7]![1];
    expect(problemText(ekfJordan, zh.playground, 'zh')).toBe(
      '“扩展卡尔曼滤波（EKF）”所需的雅可比矩阵由实时循环学习计算。实时循环学习（RTRL）需要单独的输出层，而 Jordan 网络的输出是单元的一部分：请换一种单元，或改用随时间反向传播（BPTT）。',
    );
    const bigLag = REACHABLE[13]![1];
    expect(problemText(bigLag, zh.playground, 'zh')).toBe(
      '任务参数 L 必须是 1 到 100 之间的整数（现在是 500）。',
    );
    expect(problemText(bigLag, en.playground, 'en')).toBe(
      'The task parameter L must be a whole number from 1 to 100 (it is 500).',
    );
  });

  it('a refusal no code names still reads as a sentence of the page’s language, quoting the engine', () => {
    const problem: Problem = { kind: 'engine', part: 'train', message: 'seed must be a number' };
    expect(problemText(problem, zh.playground, 'zh')).toBe(
      '引擎拒绝了这组设置：seed must be a number',
    );
    expect(problemText(problem, en.playground, 'en')).toBe(
      'The engine refused these settings: seed must be a number',
    );
  });

  it('words the EKF’s noise refusals and the task choices the controls cannot reach, too', () => {
    const others: Problem[] = [
      { kind: 'training', problem: { code: 'ekfNoise', which: 'p0', value: 0 } },
      { kind: 'training', problem: { code: 'ekfNoise', which: 'r', value: 0 } },
      { kind: 'training', problem: { code: 'ekfNoise', which: 'q', value: -1 } },
      {
        kind: 'taskParam',
        problem: { code: 'number', param: 'phase', min: -Infinity, max: Infinity, value: NaN },
      },
      {
        kind: 'taskParam',
        problem: { code: 'choice', param: 'mode', allowed: ['final', 'running'], value: 'x' },
      },
    ];
    for (const problem of others) {
      const chinese = problemText(problem, zh.playground, 'zh');
      expect(englishWords(chinese).filter((w) => !PARAM_NAMES.includes(w))).toEqual([]);
      expect(problemText(problem, en.playground, 'en')).not.toMatch(/[{}]/);
    }
  });
});

describe('a parameter of the wrong type', () => {
  it('is named with its type in the page’s words', () => {
    const problem: Problem = { kind: 'paramType', name: 'randomLength', type: 'boolean' };
    expect(problemText(problem, en.playground, 'en')).toBe(
      'The parameter “randomLength” must be true or false.',
    );
    expect(problemText(problem, zh.playground, 'zh')).toBe(
      '参数“randomLength”必须是 true 或 false。',
    );
    const number: Problem = { kind: 'paramType', name: 'T', type: 'number' };
    expect(problemText(number, zh.playground, 'zh')).toBe('参数“T”必须是数值。');
    expect(problemText(number, en.playground, 'en')).toBe('The parameter “T” must be a number.');
  });
});
