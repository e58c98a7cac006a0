import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { charCorpusTask, corpusBatches, decodeText, encodeText } from './charCorpus';
import { chiSquareUniform, hotIndex } from './testHelpers';

const TEXT = '循环神经网络🙂';

describe('character corpus', () => {
  it('treats Chinese characters and an emoji as single symbols', () => {
    const task = charCorpusTask(TEXT, 6);
    expect(task.inputSize).toBe(7);
    expect(task.outputSize).toBe(7);
    expect(task.encoded.length).toBe(7);
    expect(task.symbols).toContain('🙂');
    expect(decodeText(task.encoded, task.vocabulary)).toBe(TEXT);
    expect(Array.from(encodeText('🙂循', task.vocabulary))).toEqual([
      task.vocabulary.indexOf('🙂'),
      task.vocabulary.indexOf('循'),
    ]);
  });

  it('a full-length window is the text: inputs are symbols 0..L-1, targets symbols 1..L', () => {
    const task = charCorpusTask(TEXT, 6);
    const s = task.sample(createRng(1));
    expect(decodeText(s.inputs.map(hotIndex), task.vocabulary)).toBe('循环神经网络');
    expect(decodeText(s.targets as number[], task.vocabulary)).toBe('环神经网络🙂');
  });

  it('draws every window start uniformly and keeps windows contiguous', () => {
    const task = charCorpusTask(TEXT, 3);
    const rng = createRng(2);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 8000; i++) {
      const s = task.sample(rng);
      const ids = s.inputs.map(hotIndex);
      const start = Array.from(task.encoded).indexOf(ids[0]!);
      counts[start]!++;
      expect(ids).toEqual(Array.from(task.encoded.slice(start, start + 3)));
      expect(s.targets).toEqual(Array.from(task.encoded.slice(start + 1, start + 4)));
    }
    expect(chiSquareUniform(counts)).toBeLessThan(16.27); // chi-square(3), p = 0.001
  });

  it('rejects a text shorter than seqLength + 1 with a clear message', () => {
    expect(() => charCorpusTask(TEXT, 7)).toThrow(/7 symbols but seqLength 7/);
    expect(() => charCorpusTask(TEXT, 0)).toThrow(/seqLength/);
  });

  it('corpusBatches tiles the text in order with non-overlapping windows', () => {
    const task = charCorpusTask('abcdefghij', 3);
    const batches = corpusBatches(task);
    expect(batches.length).toBe(3); // starts 0, 3, 6; a window at 9 would need symbol 12
    const read = batches.map((b) => decodeText(b.inputs.map(hotIndex), task.vocabulary));
    expect(read).toEqual(['abc', 'def', 'ghi']);
    expect(decodeText(batches[2]!.targets as number[], task.vocabulary)).toBe('hij');
  });
});
