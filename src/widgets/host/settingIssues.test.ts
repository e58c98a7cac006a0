import type * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { zhSettingIssues, zhValueIssues } from '../../i18n/zh/settingIssues';
import { decodeProps } from '../../state/propsCodec';
import { issueReason, zhErrorMap, type SettingIssueCode } from '../../state/settingProblem';
import { parsePeriods } from '../ClockGradient/periods';
import { parseHand } from '../LSTMGates/hand';
import { findWidget } from '../list';

/** A link whose settings break one of a figure's own checks, and the check's key. */
const badLinks: readonly [string, Record<string, string>, SettingIssueCode][] = [
  ['BPTTStepper', { word: 'hello', pos: '16' }, 'posBeyondBackward'],
  ['RecurrenceStepper', { word: 'hi', t: '5' }, 'stepBeyondWord'],
  ['LSTMGates', { word: 'ab', t: '5' }, 'stepBeyondWord'],
  ['LSTMGates', { hidden: '2', unit: '4' }, 'unitBeyondCells'],
  ['LSTMGates', { hand: 'lstm.f1@0:-0.5' }, 'handRange'],
  ['LSTMGates', { hand: Array(25).fill('lstm.f1@0:0.5').join(' ') }, 'handCount'],
  ['ClockSchedule', { periods: '4,2' }, 'periodsOrder'],
  ['ClockSchedule', { periods: '1,2', t: '200' }, 'stepBeyondRun'],
  ['ClockGradient', { periods: '1,300' }, 'periodsRange'],
  ['ClockGradient', { periods: '4,2' }, 'periodsOrder'],
  ['Unroll', { sentence: 'a b c d e f g h i j k l m' }, 'sentenceWords'],
];

/** Checks a link cannot reach today (a field's own range or pattern refuses first), met directly. */
const direct: readonly [z.core.$ZodIssue, SettingIssueCode][] = [
  [custom(parsePeriods('1;2')), 'periodsForm'],
  [custom(parseHand('lstm.x1@0:1')), 'handForm'],
  // AlgorithmRace's lag (at most 5) is always shorter than its sequence (at least 10) today.
  [
    custom({ message: 'the lag must be shorter', params: { zhIssue: 'lagBeyondSequence' } }),
    'lagBeyondSequence',
  ],
];

function custom(problem: unknown): z.core.$ZodIssue {
  return {
    code: 'custom',
    path: [],
    input: '',
    ...(problem as object),
  } as unknown as z.core.$ZodIssue;
}

const hanzi = /[\u4e00-\u9fff]/;

describe("a figure's own checks speak the page's language", () => {
  it.each(badLinks)('%s %j: %s', async (name, raw, code) => {
    const meta = await findWidget(name)!.loadMeta();
    const zh = decodeProps(meta.props, raw, 'zh').issues;
    const en = decodeProps(meta.props, raw, 'en').issues;
    expect(zh).toHaveLength(1);
    expect(en).toHaveLength(1);
    expect(zh[0]!.reason).toMatch(hanzi);
    expect(zh[0]!.reason).not.toMatch(/\{\w+\}/);
    expect(zh[0]!.reason.startsWith(zhSettingIssues[code].split('{')[0]!)).toBe(true);
    expect(en[0]!.reason).not.toMatch(hanzi);
  });

  it('fills the placeholders with the values of the check', () => {
    const [issue] = direct;
    expect(issueReason(issue![0], 'zh')).toBe('应为一到 4 个整数，用逗号分隔');
    expect(issueReason(custom(parseHand('lstm.f1@0:-0.5')), 'zh')).toBe(
      'lstm.f 的取值范围是 [0, 1]',
    );
    expect(issueReason(issue![0], 'en')).toBe('one to 4 whole numbers separated by commas');
  });

  it('has a Chinese text for every check, and every text belongs to a check', () => {
    const met = new Set([...badLinks.map(([, , c]) => c), ...direct.map(([, c]) => c)]);
    expect(Object.keys(zhSettingIssues).sort()).toEqual([...met].sort());
    for (const [issue] of direct) expect(issueReason(issue, 'zh')).toMatch(hanzi);
  });

  it('no meta.ts writes a message of its own outside settingProblem()', () => {
    const sources = import.meta.glob('../*/meta.ts', {
      query: '?raw',
      import: 'default',
      eager: true,
    });
    expect(Object.keys(sources).length).toBe(29);
    for (const [path, text] of Object.entries(sources))
      expect(String(text), path).not.toMatch(/\bmessage:/);
  });
});

describe('a refused value says why in plain Chinese', () => {
  it.each([
    [
      'PhasedGate',
      { period: '40', shift: 'abc', leak: '-1' },
      ['不能大于 32', '应为数字', '不能小于 0'],
    ],
    [
      'CharRNN',
      { cell: 'rnn', seedText: 'x'.repeat(41) },
      ['应为以下之一：srn、gru、lstm', '最多 40 个字符'],
    ],
    [
      'RecurrenceStepper',
      { W: '1,2', word: 'Hi' },
      ['格式不符（应匹配 /^[a-z]{1,12}$/）', '应为 9 项'],
    ],
    ['Unroll', { unrolled: 'maybe', hidden: '2.5' }, ['应为 true 或 false', '应为整数']],
    [
      'Playground',
      { lr: '0', periods: Array(17).fill('1').join(',') },
      ['必须大于 0', '最多 16 项'],
    ],
  ] as const)('%s %j', async (name, raw, reasons) => {
    const meta = await findWidget(name)!.loadMeta();
    const issues = decodeProps(meta.props, raw, 'zh').issues;
    expect(issues.map((i) => i.reason).sort()).toEqual([...reasons].sort());
  });

  it('every text is one a refusal can give', () => {
    const raw = (issue: object) =>
      ({ input: 0, path: [], ...issue }) as unknown as z.core.$ZodRawIssue;
    const given = [
      zhErrorMap(raw({ code: 'too_big', origin: 'number', maximum: 5, inclusive: true })),
      zhErrorMap(raw({ code: 'too_big', origin: 'number', maximum: 5, inclusive: false })),
      zhErrorMap(raw({ code: 'too_small', origin: 'int', minimum: 1, inclusive: true })),
      zhErrorMap(raw({ code: 'too_small', origin: 'number', minimum: 0, inclusive: false })),
      zhErrorMap(raw({ code: 'too_big', origin: 'string', maximum: 40, inclusive: true })),
      zhErrorMap(raw({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true })),
      zhErrorMap(raw({ code: 'too_big', origin: 'array', maximum: 8, inclusive: true })),
      zhErrorMap(raw({ code: 'too_small', origin: 'array', minimum: 1, inclusive: true })),
      zhErrorMap(
        raw({ code: 'too_small', origin: 'array', minimum: 9, inclusive: true, exact: true }),
      ),
      zhErrorMap(raw({ code: 'invalid_type', expected: 'number' })),
      zhErrorMap(raw({ code: 'invalid_type', expected: 'int' })),
      zhErrorMap(raw({ code: 'invalid_type', expected: 'boolean' })),
      zhErrorMap(raw({ code: 'invalid_value', values: ['a', 'b'] })),
      zhErrorMap(raw({ code: 'invalid_format', format: 'regex', pattern: /^a$/ })),
    ];
    const templates = Object.values(zhValueIssues).map((t) => t.split('{')[0]!);
    for (const t of templates)
      expect(
        given.some((g) => String(g).startsWith(t)),
        t,
      ).toBe(true);
    expect(given).toContain('不能大于 5');
    expect(given).toContain('必须小于 5');
    // Anything else: zod's own Chinese.
    expect(zhErrorMap(raw({ code: 'unrecognized_keys', keys: ['x'] }))).toMatch(hanzi);
  });
});
