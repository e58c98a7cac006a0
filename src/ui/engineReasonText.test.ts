import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import {
  ENGINE_PROBLEM_CODES,
  ENGINE_REASON_CODES,
  type EngineProblem,
  type EngineReason,
} from '../sim';
import { engineProblemText, engineReasonsText, engineReasonText } from './engineReasonText';
import { englishWords } from './testing/englishWords';

/** One problem of each code, with values the wording must show. */
const PROBLEMS: Record<EngineProblem['code'], readonly EngineProblem[]> = {
  algorithmOnlyCore: [
    { code: 'algorithmOnlyCore', algorithm: 'rtrl', engine: 'simd' },
    { code: 'algorithmOnlyCore', algorithm: 'ekf', engine: 'webgl' },
    { code: 'algorithmOnlyCore', algorithm: 'tbptt', engine: 'cpu' },
  ],
  jordanOnlyCore: [{ code: 'jordanOnlyCore' }],
  lstmVariantOnlyCore: [
    { code: 'lstmVariantOnlyCore', variant: 'cifg' },
    { code: 'lstmVariantOnlyCore', variant: null },
  ],
  modelRefused: [{ code: 'modelRefused', message: 'hiddenSize must be ≥ 1' }],
};

const REASONS: Record<EngineReason['code'], readonly EngineReason[]> = {
  autoGuess: [{ code: 'autoGuess' }],
  autoFastest: [
    {
      code: 'autoFastest',
      measured: [
        { engine: 'core', rate: 900.4 },
        { engine: 'simd', rate: 2100 },
      ],
    },
  ],
  autoKept: [
    {
      code: 'autoKept',
      engine: { engine: 'simd', rate: 2000, scalar: true },
      measured: [
        { engine: 'simd', rate: 2000, scalar: true },
        { engine: 'core', rate: 2100 },
      ],
      margin: 0.1,
    },
    {
      code: 'autoKept',
      engine: { engine: 'simd', rate: 2000 },
      measured: [{ engine: 'simd', rate: 2000 }],
      margin: null,
    },
  ],
  autoSwitched: [
    {
      code: 'autoSwitched',
      step: 120,
      from: { engine: 'simd', rate: 500 },
      to: { engine: 'core', rate: 1000 },
      measured: [
        { engine: 'simd', rate: 500 },
        { engine: 'core', rate: 1000 },
      ],
    },
    {
      code: 'autoSwitched',
      step: 7,
      from: { engine: 'simd', rate: 0 },
      to: { engine: 'core', rate: 1000 },
      measured: [{ engine: 'core', rate: 1000 }],
    },
  ],
  autoOnlyCore: PROBLEMS.algorithmOnlyCore.map((problem) => ({ code: 'autoOnlyCore', problem })),
  scalarBuild: [{ code: 'scalarBuild' }],
  wasmFailed: [
    { code: 'wasmFailed', message: null },
    { code: 'wasmFailed', message: 'HTTP 404' },
  ],
  backendsFailed: [
    {
      code: 'backendsFailed',
      failures: [
        { backend: 'webgl', code: 'noWebgl' },
        { backend: 'webgl', code: 'webglLost' },
        { backend: 'wasm', code: 'noWasm' },
        { backend: 'wasm', code: 'notStarted' },
        { backend: 'cpu', code: 'error', message: 'out of memory' },
      ],
    },
  ],
  lostContext: [{ code: 'lostContext', lostAt: 41, from: 40, engine: 'wasm' }],
};

const CJK = /[\u4e00-\u9fff]/;
const allReasons = Object.values(REASONS).flat();
const allProblems = Object.values(PROBLEMS).flat();

describe('engine reasons are worded in both languages', () => {
  it('every code of the session has an example here', () => {
    expect(Object.keys(REASONS).sort()).toEqual([...ENGINE_REASON_CODES].sort());
    expect(Object.keys(PROBLEMS).sort()).toEqual([...ENGINE_PROBLEM_CODES].sort());
  });

  it.each(allReasons.map((r) => [r.code, r] as const))(
    '%s: English without Chinese, Chinese without English words',
    (_code, reason) => {
      const english = engineReasonText(reason, en.engineReasons, 'en');
      const chinese = engineReasonText(reason, zh.engineReasons, 'zh');
      expect(english).toMatch(/[a-z]{3}/);
      expect(english).not.toMatch(CJK);
      expect(english).not.toMatch(/\{\w+\}/);
      expect(chinese).toMatch(CJK);
      expect(chinese).not.toMatch(/\{\w+\}/);
      // The reader's values are there (the one English word allowed: a message from elsewhere).
      expect(englishWords(chinese).filter((w) => !['memory', 'out'].includes(w))).toEqual([]);
    },
  );

  it.each(allProblems.map((p) => [p.code, p] as const))(
    'problem %s in both languages',
    (_code, problem) => {
      const english = engineProblemText(problem, en.engineReasons);
      const chinese = engineProblemText(problem, zh.engineReasons);
      expect(english).not.toMatch(CJK);
      expect(chinese).toMatch(CJK);
      expect(englishWords(chinese).filter((w) => !['hiddenSize', 'must'].includes(w))).toEqual([]);
    },
  );

  it('keeps the English the badge has always shown', () => {
    const en1 = (r: EngineReason) => engineReasonText(r, en.engineReasons, 'en');
    expect(en1(REASONS.autoFastest[0]!)).toBe(
      'Fastest here (steps per second measured: typed arrays 900, WASM SIMD 2100).',
    );
    expect(en1(REASONS.autoKept[0]!)).toBe(
      'Measured while training (steps per second: WASM SIMD (scalar) 2000, typed arrays 2100): WASM SIMD (scalar) is within 10% of the fastest, so it stays.',
    );
    expect(en1(REASONS.autoSwitched[0]!)).toBe(
      'Switched at step 120 with the weights and optimiser state: measured while training, typed arrays ran 2.0× the steps per second of WASM SIMD (steps per second: WASM SIMD 500, typed arrays 1000).',
    );
    expect(en1(REASONS.autoOnlyCore[0]!)).toBe(
      "RTRL runs only on the typed-array engine ('core'); the WASM SIMD engine trains with BPTT and truncated BPTT.",
    );
    expect(en1(REASONS.autoOnlyCore[1]!)).toBe(
      "EKF runs only on the typed-array engine ('core'); the WebGL engine trains with BPTT only.",
    );
    expect(en1(REASONS.lostContext[0]!)).toBe(
      'The WebGL context was lost at step 41; training continues on WASM from the weights of step 40.',
    );
    expect(en1({ code: 'backendsFailed', failures: [{ backend: 'webgl', code: 'noWebgl' }] })).toBe(
      'webgl: WebGL is not available in this environment.',
    );
  });

  it('Chinese names the algorithms with their standard terms and shows the numbers', () => {
    const zh1 = (r: EngineReason) => engineReasonText(r, zh.engineReasons, 'zh');
    expect(zh1(REASONS.autoOnlyCore[0]!)).toContain('实时循环学习');
    expect(zh1(REASONS.autoOnlyCore[1]!)).toContain('扩展卡尔曼滤波');
    expect(zh1(REASONS.autoSwitched[0]!)).toMatch(/第 120 步.*2\.0 倍/);
    expect(zh1(REASONS.lostContext[0]!)).toMatch(/第 41 步.*第 40 步.*WASM/);
    expect(zh1(REASONS.scalarBuild[0]!)).toBe(
      '此浏览器不支持 WebAssembly SIMD：本站的 WebAssembly 引擎改用标量版本运行。',
    );
  });

  it('joins several reasons, and says nothing for none', () => {
    expect(engineReasonsText([], zh.engineReasons, 'zh')).toBeNull();
    expect(
      engineReasonsText([REASONS.autoFastest[0]!, REASONS.scalarBuild[0]!], en.engineReasons, 'en'),
    ).toBe(
      'Fastest here (steps per second measured: typed arrays 900, WASM SIMD 2100). this browser has no WebAssembly SIMD: the wasm engine runs its scalar build.',
    );
  });
});
