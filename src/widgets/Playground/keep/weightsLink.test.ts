import { describe, expect, it } from 'vitest';
import { createModel, initParams, type ModelSpec } from '../../../core/model';
import { decodeWeights, encodeWeights, MAX_LINK_CHARS, specHash } from './weightsLink';

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
    const encoded = encodeWeights('Playground', model.spec, w, 3, limit);
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
