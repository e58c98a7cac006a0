import { describe, expect, it } from 'vitest';
import { APPLICATIONS, emittedTokens, exampleFor } from './examples';
import { BLANK, collapsePath, mergeRepeats, shapeCounts, stepList, unrolledShape } from './shapes';

describe('unrolledShape', () => {
  it('one-to-many: the one input at step 0, an output at every step', () => {
    const s = unrolledShape('oneToMany', 1, 4);
    expect(s.steps).toBe(4);
    expect(s.inputAt).toEqual([0, null, null, null]);
    expect(s.outputAt).toEqual([0, 1, 2, 3]);
  });

  it('many-to-one: an input at every step, the one output at the last', () => {
    const s = unrolledShape('manyToOne', 5, 1);
    expect(s.inputAt).toEqual([0, 1, 2, 3, 4]);
    expect(s.outputAt).toEqual([null, null, null, null, 0]);
  });

  it('many-to-many: input and output at every step', () => {
    const s = unrolledShape('manyToMany', 3, 3);
    expect(s.inputAt).toEqual([0, 1, 2]);
    expect(s.outputAt).toEqual([0, 1, 2]);
  });

  it('encoder–decoder: read everything first, then write, lengths free', () => {
    const s = unrolledShape('encoderDecoder', 3, 2);
    expect(s.steps).toBe(5);
    expect(s.inputAt).toEqual([0, 1, 2, null, null]);
    expect(s.outputAt).toEqual([null, null, null, 0, 1]);
    expect(shapeCounts(s)).toEqual({ inputs: 3, outputs: 2 });
  });

  it('unaligned (CTC): an input and an emitted symbol at every step, fewer labels allowed', () => {
    const s = unrolledShape('unaligned', 8, 8);
    expect(s.steps).toBe(8);
    expect(s.inputAt).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(s.outputAt).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(unrolledShape('unaligned', 8, 5).steps).toBe(8);
    expect(() => unrolledShape('unaligned', 3, 4)).toThrow(/no more labels/);
  });

  it('refuses counts the shape cannot hold', () => {
    expect(() => unrolledShape('oneToMany', 2, 3)).toThrow(/exactly one input/);
    expect(() => unrolledShape('manyToOne', 3, 2)).toThrow(/exactly one output/);
    expect(() => unrolledShape('manyToMany', 3, 2)).toThrow(/pairs each input/);
    expect(() => unrolledShape('encoderDecoder', 0, 2)).toThrow(/≥ 1/);
  });
});

describe('the applications’ examples', () => {
  it('fit their shapes in both languages, every input and output placed exactly once', () => {
    for (const app of APPLICATIONS) {
      for (const lang of ['en', 'zh'] as const) {
        const ex = exampleFor(app, lang);
        const emitted = emittedTokens(ex);
        const shape = unrolledShape(ex.kind, ex.inputs.length, emitted.length);
        expect(shape.inputAt.filter((i) => i !== null)).toEqual(ex.inputs.map((_, i) => i));
        expect(shape.outputAt.filter((o) => o !== null)).toEqual(emitted.map((_, i) => i));
        // Only the unaligned shape has a path, and its path collapses to the outputs.
        expect(ex.path !== undefined).toBe(ex.kind === 'unaligned');
        if (ex.path)
          expect(collapsePath(ex.path).map((l) => l.label)).toEqual(ex.outputs.map((t) => t.text));
      }
    }
  });

  it('uses the shape each task is known for', () => {
    expect(exampleFor('languageModel', 'en').kind).toBe('manyToMany');
    expect(exampleFor('translation', 'zh').kind).toBe('encoderDecoder');
    expect(exampleFor('sentiment', 'en').kind).toBe('manyToOne');
    expect(exampleFor('captioning', 'en').inputs[0]!.kind).toBe('image');
    expect(exampleFor('speech', 'zh').inputs.every((t) => t.kind === 'audio')).toBe(true);
    for (const lang of ['en', 'zh'] as const) {
      const speech = exampleFor('speech', lang);
      expect(speech.kind).toBe('unaligned');
      // More frames than labels: no step-by-step alignment is given.
      expect(speech.outputs.length).toBeLessThan(speech.inputs.length);
    }
  });

  it('a language model’s output at each step is its next input', () => {
    for (const lang of ['en', 'zh'] as const) {
      const { inputs, outputs } = exampleFor('languageModel', lang);
      for (let t = 1; t < inputs.length; t++) expect(inputs[t]!.text).toBe(outputs[t - 1]!.text);
    }
  });
});

describe('collapsing a CTC path', () => {
  it('merges repeats, then drops blanks; a blank keeps a doubled label doubled', () => {
    const path = ['h', 'h', BLANK, 'e', 'l', BLANK, 'l', 'o'];
    expect(mergeRepeats(path)).toEqual(['h', BLANK, 'e', 'l', BLANK, 'l', 'o']);
    expect(collapsePath(path)).toEqual([
      { label: 'h', steps: [0, 1] },
      { label: 'e', steps: [3] },
      { label: 'l', steps: [4] },
      { label: 'l', steps: [6] },
      { label: 'o', steps: [7] },
    ]);
    expect(collapsePath(['l', 'l', 'o']).map((l) => l.label)).toEqual(['l', 'o']);
    expect(collapsePath([BLANK, BLANK])).toEqual([]);
  });
});

describe('stepList', () => {
  it('writes runs of steps as ranges', () => {
    expect(stepList([0, 1, 2, null, null])).toBe('0–2');
    expect(stepList([null, null, 0])).toBe('2');
    expect(stepList([0, null, 1, 2, null, 3])).toBe('0, 2–3, 5');
    expect(stepList([null])).toBe('');
  });
});
