import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../base64';
import { greffCell, lstm1997Cell } from '../cells/lstmVariants';
import { createRng } from '../rng';
import { initParams } from './init';
import { createModel } from './model';
import { loadModel, saveModel } from './saveFormat';
import type { ModelSpec } from './spec';

const spec: ModelSpec = {
  cell: { kind: 'lstm', peepholes: true, forgetBias: 1 },
  inputSize: 5,
  hiddenSize: 4,
  outputSize: 5,
  output: 'softmax',
  layers: 2,
  bidirectional: true,
};

describe('the model file', () => {
  it('loads back bit-exact, including −0, tiny and huge values', () => {
    const model = createModel(spec);
    const params = initParams(model, 3);
    params[0] = -0;
    params[1] = 5e-324;
    params[2] = 1.7976931348623157e308;
    params[3] = 0.1 + 0.2;
    const back = loadModel(saveModel(model, params, { steps: 1200, corpus: 'test' }));
    expect(back.model.spec).toEqual(spec);
    expect(back.meta).toEqual({ steps: 1200, corpus: 'test' });
    const a = new Uint8Array(params.buffer);
    const b = new Uint8Array(back.params.buffer);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(Object.is(back.params[0], -0)).toBe(true);
  });

  it('says what is wrong with a bad file', () => {
    const model = createModel(spec);
    const good = JSON.parse(saveModel(model, initParams(model, 1))) as Record<string, unknown>;
    const bad = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
    expect(() => loadModel('{oops')).toThrow(/not JSON/);
    expect(() => loadModel('{"format":"other"}')).toThrow(/not an Unrolled model/);
    expect(() => loadModel(bad({ version: 99 }))).toThrow(/version 99/);
    expect(() => loadModel(bad({ layout: [] }))).toThrow(/layout does not match/);
    expect(() => loadModel(bad({ spec: { ...spec, hiddenSize: 0 } }))).toThrow(/hiddenSize/);
    expect(() =>
      loadModel(bad({ params: { dtype: 'float64', encoding: 'base64-le', data: 'AAAA' } })),
    ).toThrow(/3 bytes\) is not a whole number of float64s/);
    expect(() => loadModel(bad({ version: '1' }))).toThrow(/version is not a number: "1"/);
    expect(() => loadModel(bad({ version: undefined }))).toThrow(/does not say its version/);
    expect(() =>
      loadModel(bad({ params: { dtype: 'float64', encoding: 'base64-le', data: '!!!!' } })),
    ).toThrow(/base64/);
  });
});

describe('LSTM variants in the file', () => {
  it('saves and loads every variant with its spec, layout and weights', () => {
    for (const cell of [greffCell('fgr', 1), greffCell('cifg'), lstm1997Cell(true)]) {
      const model = createModel({ ...spec, cell, layers: 1 });
      const params = initParams(model, 4);
      const back = loadModel(saveModel(model, params));
      expect(back.model.spec.cell).toEqual(cell);
      expect(back.model.layout).toEqual(model.layout);
      expect(Array.from(back.params)).toEqual(Array.from(params));
    }
  });

  it('refuses an unknown variant, naming the ones it knows', () => {
    const model = createModel({ ...spec, cell: greffCell('nig') });
    const saved = JSON.parse(saveModel(model, initParams(model, 1))) as { spec: ModelSpec };
    const file = JSON.stringify({
      ...saved,
      spec: { ...saved.spec, cell: { ...saved.spec.cell, variant: 'lstm2049' } },
    });
    expect(() => loadModel(file)).toThrow(
      'unknown LSTM variant "lstm2049": this build knows standard, nig, nfg, nog, niaf, noaf, cifg, fgr',
    );
  });
});

describe('non-finite weights', () => {
  it('refuses a file whose weights hold NaN or ±Infinity, naming how many and where', () => {
    const model = createModel(spec);
    for (const poison of [NaN, Infinity, -Infinity]) {
      const params = initParams(model, 2);
      const w = model.layout.blocks.find((b) => b.name === 'l1.bwd.Wh')!;
      params[w.offset + 3] = poison;
      params[params.length - 1] = poison;
      expect(() => loadModel(saveModel(model, params))).toThrow(
        `the file's weights are not all finite numbers: 2 of ${params.length} are NaN or infinite (the first in l1.bwd.Wh)`,
      );
    }
  });
});

describe('base64', () => {
  it('round-trips every length and matches a known encoding', () => {
    expect(encodeBase64(new TextEncoder().encode('Unrolled!'))).toBe('VW5yb2xsZWQh');
    expect(encodeBase64(new TextEncoder().encode('ab'))).toBe('YWI=');
    const rng = createRng(1);
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(rng.next() * 256));
      expect(Array.from(decodeBase64(encodeBase64(bytes)))).toEqual(Array.from(bytes));
    }
  });
});
