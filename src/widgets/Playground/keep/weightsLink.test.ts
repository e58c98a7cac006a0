import { describe, expect, it } from 'vitest';
import { createModel, initParams, type KeptTraining, type ModelSpec } from '../../../core/model';
import {
  decodeWeights,
  encodeWeights,
  MAX_LINK_CHARS,
  shortestLink,
  specHash,
} from './weightsLink';

const spec: ModelSpec = {
  cell: { kind: 'srn', activation: 'tanh' },
  inputSize: 3,
  hiddenSize: 5,
  outputSize: 2,
  layers: 1,
  bidirectional: false,
  output: 'softmax',
};
const model = createModel(spec);
const size = model.layout.size;
/** Trained-looking weights, with the values a decimal round trip would lose. */
function weights(): Float64Array {
  const w = initParams(model, 7).map((v, k) => v + k * 1e-9);
  w[0] = -0;
  w[1] = 5e-324;
  w[2] = 0.1 + 0.2;
  return w;
}
const hashOf = (fragment: string) => `#${fragment}`;

describe('weights in a share link', () => {
  it('round-trips float64 weights bit for bit, with the step', () => {
    const w = weights();
    const encoded = encodeWeights('Playground', model.spec, w, 600);
    expect(encoded.ok && encoded.dtype).toBe('f64');
    if (!encoded.ok) return;
    expect(encoded.fragment).toMatch(
      /^Playground\.weights=w1\.f64\.[0-9a-z]+\.600\.[A-Za-z0-9_-]+$/,
    );
    const decoded = decodeWeights(hashOf(encoded.fragment), 'Playground', model.spec, size);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.step).toBe(600);
    expect(Array.from(decoded.weights)).toEqual(Array.from(w));
    expect(Object.is(decoded.weights[0], -0)).toBe(true);
  });

  it('falls back to float32 (each weight rounded as Math.fround) when float64 would not fit', () => {
    const w = weights();
    const f64 = encodeWeights('Playground', model.spec, w, 3);
    if (!f64.ok) throw new Error('float64 should fit unlimited');
    const limit = f64.fragment.length - 1;
    const encoded = encodeWeights('Playground', model.spec, w, 3, { limit });
    expect(encoded.ok && encoded.dtype).toBe('f32');
    if (!encoded.ok) return;
    expect(encoded.fragment.length).toBeLessThanOrEqual(limit);
    const decoded = decodeWeights(encoded.fragment, 'Playground', model.spec, size);
    if (!decoded.ok) throw new Error(decoded.code);
    expect(decoded.dtype).toBe('f32');
    expect(Array.from(decoded.weights)).toEqual(Array.from(w, (v) => Math.fround(v)));
  });

  it('refuses a link that would be too long, saying how long', () => {
    const big = new Float64Array(MAX_LINK_CHARS / 2);
    const encoded = encodeWeights('Playground', model.spec, big, 1);
    expect(encoded).toMatchObject({ ok: false, code: 'tooLong', limit: MAX_LINK_CHARS });
    if (encoded.ok) return;
    expect(encoded.chars).toBeGreaterThan(MAX_LINK_CHARS);
    // The shortest link, known without encoding, is the float32 one it tried last.
    expect(shortestLink('Playground', model.spec, big.length, 1)).toBe(encoded.chars);
  });

  it('refuses cut, edited, foreign, huge and non-finite weights with a reason', () => {
    const encoded = encodeWeights('Playground', model.spec, weights(), 9);
    if (!encoded.ok) throw new Error('should fit');
    const read = (hash: string, s = model.spec, n = size) =>
      decodeWeights(hash, 'Playground', s, n);
    const { fragment } = encoded;
    expect(read(fragment.slice(0, -8))).toMatchObject({ ok: false, code: 'count' });
    expect(read(fragment.replace('.9.', '.x.'))).toMatchObject({ ok: false, code: 'malformed' });
    expect(read(fragment.replace('w1.', 'w9.'))).toMatchObject({ ok: false, code: 'version' });
    expect(read(`${fragment}!`)).toMatchObject({ ok: false, code: 'malformed' });
    const other = { ...model.spec, hiddenSize: 6 };
    expect(read(fragment, other)).toMatchObject({ ok: false, code: 'otherModel' });
    expect(read('Playground.weights=' + 'A'.repeat(3 * MAX_LINK_CHARS))).toMatchObject({
      ok: false,
      code: 'tooLong',
    });
    const nan = weights();
    nan[4] = NaN;
    nan[5] = Infinity;
    const bad = encodeWeights('Playground', model.spec, nan, 1);
    if (!bad.ok) throw new Error('should fit');
    expect(read(bad.fragment)).toEqual({ ok: false, code: 'nonFinite', bad: 2, total: size });
  });

  it('names the model by its spec: any change of the spec changes the hash', () => {
    expect(specHash(model.spec)).toBe(specHash(createModel(spec).spec));
    expect(specHash({ ...model.spec, output: 'sigmoid' })).not.toBe(specHash(model.spec));
  });
});

/** A run's state as a session gives it: Adam's moments (bit patterns a decimal would lose). */
function training(): KeptTraining {
  const a = initParams(model, 8).map((v) => v * 1e-3);
  const b = initParams(model, 9).map((v) => v * v);
  a[0] = -0;
  b[1] = 5e-324;
  return {
    optimiser: { kind: 'adam', t: 600, a, b },
    run: {
      steps: 600,
      symbols: 12_000,
      ema: 0.1 + 0.2,
      lastLoss: 0.25,
      lastGradNorm: NaN,
      rng: 3_000_000_000,
      position: 0,
    },
  };
}
const bits = (a: Float64Array) => Array.from(new Uint8Array(a.buffer));

describe('the training state in a share link', () => {
  it('rides with float64 weights when it fits: the optimiser’s moments bit for bit, the run', () => {
    const kept = training();
    const encoded = encodeWeights('Playground', model.spec, weights(), 600, { training: kept });
    if (!encoded.ok) throw new Error('should fit');
    expect(encoded).toMatchObject({ dtype: 'f64', optimiser: { kept: 'kept' } });
    expect(encoded.fragment).toMatch(
      /^Playground\.weights=w2\.f64\.[0-9a-z]+\.600\.[\w-]+\.adam\.[\w-]+$/,
    );
    const decoded = decodeWeights(encoded.fragment, 'Playground', model.spec, size);
    if (!decoded.ok) throw new Error(decoded.code);
    expect(bits(decoded.weights)).toEqual(bits(weights()));
    const back = decoded.training!;
    expect(back.optimiser).toMatchObject({ kind: 'adam', t: 600 });
    expect(bits(back.optimiser!.a)).toEqual(bits(kept.optimiser!.a));
    expect(bits(back.optimiser!.b)).toEqual(bits(kept.optimiser!.b));
    expect(back.run).toEqual(kept.run);
  });

  it('drops the optimiser’s moments when only the weights fit, and says how long it would be', () => {
    const kept = training();
    const full = encodeWeights('Playground', model.spec, weights(), 600, { training: kept });
    if (!full.ok) throw new Error('should fit');
    const limit = full.fragment.length - 1;
    const encoded = encodeWeights('Playground', model.spec, weights(), 600, {
      training: kept,
      limit,
    });
    if (!encoded.ok) throw new Error('weights alone should fit');
    expect(encoded.dtype).toBe('f64');
    expect(encoded.optimiser).toEqual({ kept: 'tooLong', chars: full.fragment.length });
    const decoded = decodeWeights(encoded.fragment, 'Playground', model.spec, size);
    if (!decoded.ok) throw new Error(decoded.code);
    // The run's place and count still come; the optimiser starts fresh.
    expect(decoded.training).toEqual({ optimiser: null, run: kept.run });
  });

  it('still reads a w1 link (weights only), and refuses a non-finite moment', () => {
    const old = encodeWeights('Playground', model.spec, weights(), 5);
    if (!old.ok) throw new Error('should fit');
    expect(old.optimiser).toEqual({ kept: 'none' });
    const read = decodeWeights(old.fragment, 'Playground', model.spec, size);
    expect(read).toMatchObject({ ok: true, step: 5, training: null });
    const bad = training();
    bad.optimiser!.b[3] = NaN;
    bad.optimiser!.a[1] = -Infinity;
    const encoded = encodeWeights('Playground', model.spec, weights(), 600, { training: bad });
    if (!encoded.ok) throw new Error('should fit');
    expect(decodeWeights(encoded.fragment, 'Playground', model.spec, size)).toEqual({
      ok: false,
      code: 'nonFiniteState',
      bad: 2,
      total: 2 * size,
    });
    const cut = encoded.fragment.slice(0, -12);
    expect(decodeWeights(cut, 'Playground', model.spec, size)).toMatchObject({
      ok: false,
      code: 'malformed',
    });
  });
});
