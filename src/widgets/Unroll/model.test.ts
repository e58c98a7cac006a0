import { describe, expect, it } from 'vitest';
import { unrollMeta, sentenceProblem } from './meta';
import { buildUnrollModel, topPredictions } from './model';

const input = { sentence: 'The cat sat on the mat.', hidden: 4, seed: 1 };

/** s_t = tanh(U x_t + W s_{t−1}) written out with plain loops, independent of core/matrix. */
function reference(m: ReturnType<typeof buildUnrollModel>): number[][] {
  const { U, W } = m.weights;
  const H = W.rows;
  let s = new Array<number>(H).fill(0);
  const out: number[][] = [];
  for (const token of m.tokens) {
    const k = m.vocabulary.indexOf(token);
    const next: number[] = [];
    for (let i = 0; i < H; i++) {
      let a = U.data[i * U.cols + k]!;
      for (let j = 0; j < H; j++) a += W.data[i * H + j]! * s[j]!;
      next.push(Math.tanh(a));
    }
    out.push(next);
    s = next;
  }
  return out;
}

describe('buildUnrollModel', () => {
  it('reads the sentence word by word over its own vocabulary', () => {
    const m = buildUnrollModel(input);
    expect(m.tokens).toEqual(['the', 'cat', 'sat', 'on', 'the', 'mat']);
    expect(m.vocabulary.symbols).toHaveLength(5);
    expect([m.weights.U.rows, m.weights.U.cols]).toEqual([4, 5]);
    expect([m.weights.W.rows, m.weights.W.cols]).toEqual([4, 4]);
    expect([m.weights.V.rows, m.weights.V.cols]).toEqual([5, 4]);
    expect(m.steps).toHaveLength(6);
  });

  it('computes every s_t as a hand-written tanh recurrence does', () => {
    const m = buildUnrollModel(input);
    const ref = reference(m);
    m.steps.forEach((step, t) => step.s.forEach((v, i) => expect(v).toBeCloseTo(ref[t]![i]!, 14)));
  });

  it('gives the two readings of “the” one input but different states (the history differs)', () => {
    const m = buildUnrollModel(input);
    expect(Array.from(m.steps[4]!.input)).toEqual(Array.from(m.steps[0]!.input));
    expect(m.steps[4]!.s[0]).not.toBeCloseTo(m.steps[0]!.s[0]!, 6);
    expect(Array.from(m.steps[0]!.sPrev)).toEqual([0, 0, 0, 0]);
  });

  it('is a pure function of sentence, size and seed', () => {
    const a = buildUnrollModel(input);
    expect(Array.from(buildUnrollModel(input).steps[5]!.s)).toEqual(Array.from(a.steps[5]!.s));
    const b = buildUnrollModel({ ...input, seed: 2 });
    expect(Array.from(b.weights.U.data)).not.toEqual(Array.from(a.weights.U.data));
  });

  it('reads Chinese one character at a time', () => {
    const m = buildUnrollModel({ sentence: '今天天气很好', hidden: 3, seed: 1 });
    expect(m.tokens).toEqual(['今', '天', '天', '气', '很', '好']);
    expect(m.steps[2]!.s[0]).not.toBeCloseTo(m.steps[1]!.s[0]!, 6);
  });
});

describe('topPredictions', () => {
  it('sorts o_t by probability and names the words', () => {
    const m = buildUnrollModel(input);
    const o = m.steps[2]!.o;
    const top = topPredictions(o, m.vocabulary);
    expect(top).toHaveLength(3);
    expect(top[0]!.p).toBe(Math.max(...o));
    expect(top[0]!.p).toBeGreaterThanOrEqual(top[1]!.p);
    expect(top[1]!.p).toBeGreaterThanOrEqual(top[2]!.p);
    expect(o.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('unrollMeta', () => {
  it('accepts 1–12 words and refuses empty or too long sentences', () => {
    expect(sentenceProblem('hello')).toBeNull();
    expect(sentenceProblem('...')).toBe('empty');
    expect(sentenceProblem('a b c d e f g h i j k l m')).toBe('long');
    expect(unrollMeta.props.safeParse({ sentence: '!!' }).success).toBe(false);
    expect(unrollMeta.props.parse({}).sentence).toBe('');
  });
});
