import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { pca, symmetricEigen } from './pca';
import {
  cosineSimilarity,
  groupSimilarity,
  nearestNeighbours,
  similarityMatrix,
} from './similarity';
import {
  CATEGORIES,
  LEXICON,
  TEMPLATES,
  corpusStream,
  generateSentences,
  wordVocabulary,
} from './wordGrammar';

describe('cosine similarity', () => {
  it('is 1 for parallel, 0 for orthogonal, −1 for opposite vectors, and ignores length', () => {
    expect(cosineSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 15);
    expect(cosineSimilarity([1, 0], [0, 5])).toBe(0);
    expect(cosineSimilarity([1, -1], [-3, 3])).toBeCloseTo(-1, 15);
    expect(cosineSimilarity([1, 0], [1, 1])).toBeCloseTo(Math.SQRT1_2, 15);
    expect(cosineSimilarity([0, 0], [1, 1])).toBe(0);
  });

  it('makes the similarity matrix of one-hot vectors the identity', () => {
    const oneHots = [0, 1, 2, 3].map((i) => Float64Array.from({ length: 4 }, (_, j) => +(i === j)));
    expect(similarityMatrix(oneHots)).toEqual([
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
  });

  it('finds nearest neighbours, most similar first, and group means', () => {
    const v = [
      [1, 0],
      [0.9, 0.1],
      [0, 1],
      [-1, 0],
    ];
    expect(nearestNeighbours(v, 0, 2).map((n) => n.index)).toEqual([1, 2]);
    const g = groupSimilarity(v, ['a', 'a', 'b', 'b']);
    expect(g.within).toBeCloseTo((cosineSimilarity(v[0]!, v[1]!) + 0) / 2, 15);
    const between = [
      [0, 2],
      [0, 3],
      [1, 2],
      [1, 3],
    ].map(([i, j]) => cosineSimilarity(v[i!]!, v[j!]!));
    expect(g.between).toBeCloseTo(between.reduce((a, b) => a + b) / 4, 15);
  });
});

describe('PCA', () => {
  it('diagonalises a symmetric matrix: A v = λ v', () => {
    const a = [
      [4, 1, 2],
      [1, 3, 0],
      [2, 0, 5],
    ];
    const { values, vectors } = symmetricEigen(a);
    for (let c = 0; c < 3; c++) {
      for (let i = 0; i < 3; i++) {
        const av = a[i]!.reduce((s, x, k) => s + x * vectors[k]![c]!, 0);
        expect(av).toBeCloseTo(values[c]! * vectors[i]![c]!, 12);
      }
    }
    expect(values.reduce((s, x) => s + x)).toBeCloseTo(12, 12); // the trace
  });

  it('recovers the axes of an ellipse: points (3 cos θ, sin θ) rotated by 30°', () => {
    const phi = Math.PI / 6;
    const rows = Array.from({ length: 12 }, (_, k) => {
      const th = (2 * Math.PI * k) / 12;
      const [x, y] = [3 * Math.cos(th), Math.sin(th)];
      return [
        5 + x * Math.cos(phi) - y * Math.sin(phi),
        -2 + x * Math.sin(phi) + y * Math.cos(phi),
      ];
    });
    const r = pca(rows, 2);
    // Variance along the long axis: Σ 9 cos² θ / (n − 1) = 9 · 6 / 11; short axis 6 / 11.
    expect(r.variances[0]).toBeCloseTo(54 / 11, 12);
    expect(r.variances[1]).toBeCloseTo(6 / 11, 12);
    expect(r.explained[0]).toBeCloseTo(0.9, 12);
    expect(Math.abs(r.components[0]![0]!)).toBeCloseTo(Math.cos(phi), 12);
    expect(Math.abs(r.components[0]![1]!)).toBeCloseTo(Math.sin(phi), 12);
    // Projections are the ellipse's own coordinates (up to sign).
    expect(Math.abs(r.projected[0]![0]!)).toBeCloseTo(3, 12);
    expect(Math.abs(r.projected[3]![1]!)).toBeCloseTo(1, 12);
  });

  it('keeps distances within the span of the components', () => {
    const rows = [
      [1, 2, 0],
      [3, 1, 0],
      [0, 0, 0],
      [2, 2, 0],
    ];
    const r = pca(rows, 2);
    const d = (a: ArrayLike<number>, b: ArrayLike<number>) =>
      Math.hypot(...Array.from(a, (x, i) => x - b[i]!));
    expect(d(r.projected[0]!, r.projected[1]!)).toBeCloseTo(d(rows[0]!, rows[1]!), 12);
  });
});

describe('the word grammar', () => {
  it('has the same words by category in English and Chinese', () => {
    const en = wordVocabulary('en');
    const zh = wordVocabulary('zh');
    expect(en.words).toHaveLength(zh.words.length);
    expect(en.categories).toEqual(zh.categories);
    expect(new Set(en.words).size).toBe(en.words.length);
    expect(new Set(zh.words).size).toBe(zh.words.length);
    expect(en.indexOf('lion')).toBe(zh.indexOf('狮子'));
    expect(en.indexOf('unicorn')).toBe(-1);
  });

  it('generates only sentences its templates allow, and every template', () => {
    const vocab = wordVocabulary('en');
    const sentences = generateSentences(500, createRng(3));
    const seen = new Set<number>();
    for (const s of sentences) {
      const cats = s.map((i) => vocab.categories[i]!);
      const k = TEMPLATES.findIndex(
        (t) => t.length === cats.length && t.every((slot, j) => slot.includes(cats[j]!)),
      );
      expect(k, cats.join(' ')).toBeGreaterThanOrEqual(0);
      seen.add(k);
    }
    expect(seen.size).toBe(TEMPLATES.length);
    // Every word of the lexicon occurs.
    expect(new Set(sentences.flat()).size).toBe(
      CATEGORIES.reduce((n, c) => n + LEXICON[c].en.length, 0),
    );
  });

  it('is a pure function of its seed', () => {
    expect(corpusStream(50, 7)).toEqual(corpusStream(50, 7));
    expect(corpusStream(50, 7)).not.toEqual(corpusStream(50, 8));
  });
});
