import type { Rng } from '../rng';
import { oneHot, symbolsOf, vocabularyOf, type Vocabulary } from '../vocabulary';
import { randomInt } from './random';
import type { Sample, Task } from './types';
import { requireInt, TaskParamError } from './validate';

/** A character-level corpus task, plus the text it was built from in encoded form. */
interface CharCorpusTask extends Task {
  readonly vocabulary: Vocabulary;
  /** The whole text as symbol indices (one per code point). */
  readonly encoded: Int32Array;
  readonly seqLength: number;
}

/** The text as vocabulary indices, one per code point (a Chinese character or emoji is one symbol). */
export function encodeText(text: string, vocab: Vocabulary): Int32Array {
  const symbols = symbolsOf(text);
  const out = new Int32Array(symbols.length);
  symbols.forEach((s, i) => (out[i] = vocab.indexOf(s)));
  return out;
}

/** Back from indices to text. */
export function decodeText(indices: ArrayLike<number>, vocab: Vocabulary): string {
  let s = '';
  for (let i = 0; i < indices.length; i++) {
    const symbol = vocab.symbols[indices[i]!];
    if (symbol === undefined) throw new Error(`decodeText: index ${indices[i]} is not a symbol`);
    s += symbol;
  }
  return s;
}

/** The sample for the window encoded[start .. start+seqLength]: one-hot inputs, next-symbol targets. */
function windowSample(encoded: Int32Array, start: number, seqLength: number, size: number): Sample {
  const inputs: Float64Array[] = [];
  const targets: number[] = [];
  for (let t = 0; t < seqLength; t++) {
    inputs.push(oneHot(encoded[start + t]!, size));
    targets.push(encoded[start + t + 1]!);
  }
  return { inputs, targets };
}

/**
 * Character-level language modelling (the char-rnn setting of Karpathy 2015, going back to
 * Sutskever, Martens & Hinton 2011 and Graves 2013): the vocabulary is the text's distinct code
 * points; a sample is a uniformly random window of seqLength + 1 consecutive symbols, the
 * inputs are the one-hot symbols 0..seqLength-1 and target t is the index of symbol t + 1.
 * Throws if the text has fewer than seqLength + 1 symbols.
 */
export function charCorpusTask(text: string, seqLength: number): CharCorpusTask {
  requireInt('seqLength', seqLength, 1);
  const vocabulary = vocabularyOf(text);
  const encoded = encodeText(text, vocabulary);
  if (encoded.length < seqLength + 1) {
    throw new TaskParamError(
      { code: 'textTooShort', symbols: encoded.length, needed: seqLength + 1 },
      `charCorpusTask: text has ${encoded.length} symbols but seqLength ${seqLength} needs at least ${seqLength + 1}`,
    );
  }
  const size = vocabulary.symbols.length;
  return {
    name: 'charCorpus',
    inputSize: size,
    outputSize: size,
    kind: 'class',
    symbols: vocabulary.symbols,
    vocabulary,
    encoded,
    seqLength,
    sample(rng: Rng) {
      const start = randomInt(rng, 0, encoded.length - seqLength - 1);
      return windowSample(encoded, start, seqLength, size);
    },
  };
}

/**
 * The corpus cut into consecutive, non-overlapping windows of seqLength inputs, in text order
 * (window k starts at symbol k * seqLength and its last target is the first input of window
 * k + 1). This is the epoch order used for truncated BPTT with the hidden state carried
 * across windows (Karpathy 2015). A tail too short for a full window is dropped.
 */
export function corpusBatches(task: CharCorpusTask): Sample[] {
  const { encoded, seqLength, vocabulary } = task;
  const out: Sample[] = [];
  for (let start = 0; start + seqLength < encoded.length; start += seqLength) {
    out.push(windowSample(encoded, start, seqLength, vocabulary.symbols.length));
  }
  return out;
}
