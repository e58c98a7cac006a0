import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../model/saveFormat';
import { encodeText } from '../tasks/charCorpus';
import { vocabularyOf } from '../vocabulary';
import { corpusTrainingText, OTHER_SYMBOL, PRETRAINED } from './pretrained';
import { natsToBits, textLoss } from './run';
import { charModelSpec } from './spec';

const root = process.cwd();

// The shipped models must keep fitting the corpus and the widget's defaults: a change to either
// without rerunning `npm run train:charrnn` fails here.
describe.each(['en', 'zh'])('public/models/charrnn-%s.json', (lang) => {
  const file = path.join(root, 'public', 'models', `charrnn-${lang}.json`);
  const text = corpusTrainingText(
    readFileSync(path.join(root, 'content', 'corpus', `${lang}.txt`), 'utf8'),
  );
  const vocabulary = vocabularyOf(text);
  const { model, params, meta } = loadModel(readFileSync(file, 'utf8'));

  it('is the default architecture over the corpus vocabulary, and small', () => {
    const V = vocabulary.symbols.length;
    expect(model.spec).toEqual(
      charModelSpec(PRETRAINED.cell, PRETRAINED.hidden, PRETRAINED.layers, V),
    );
    expect(JSON.parse(String(meta?.symbols))).toEqual(vocabulary.symbols);
    // 161 weights per symbol (LSTM, H = 32), 8 bytes each in base64: the Chinese model's 422
    // symbols make it the larger one (756 kB, 568 kB gzipped).
    expect(statSync(file).size).toBeLessThan(800 * 1024);
  });

  it('covers at least 99% of its corpus: the "other" symbol stands for under 1% of it', () => {
    const symbols = new Set(JSON.parse(String(meta?.symbols)) as string[]);
    const corpus = Array.from(
      readFileSync(path.join(root, 'content', 'corpus', `${lang}.txt`), 'utf8'),
    );
    const covered = corpus.filter((c) => c !== OTHER_SYMBOL && symbols.has(c)).length;
    expect(covered / corpus.length).toBeGreaterThanOrEqual(0.99);
  });

  it('predicts the corpus far better than an untrained model (ln V)', () => {
    const V = vocabulary.symbols.length;
    const nats = textLoss(model, params, encodeText(text, vocabulary));
    expect(nats).toBeLessThan(0.5 * Math.log(V));
    expect(natsToBits(nats)).toBeCloseTo(Number(meta?.bitsPerChar), 3);
  });
});
