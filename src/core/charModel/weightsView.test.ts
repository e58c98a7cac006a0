import { describe, expect, it } from 'vitest';
import { initParams } from '../model/init';
import { createModel } from '../model/model';
import { createRng } from '../rng';
import { readSymbols, sampleSymbols } from './run';
import { charModelSpec } from './spec';
import { OTHER_SYMBOL } from './vocabularyCap';
import { weightsViewJob, type WeightsViewInput } from './weightsView';

const symbols = ['a', 'b', 'c', ' ', OTHER_SYMBOL];
const model = createModel(charModelSpec('lstm', 6, 2, symbols.length));
const params = initParams(model, 3);
const input: WeightsViewInput = {
  spec: model.spec,
  params,
  symbols,
  seedText: 'ab☃c',
  first: 'c',
  sampleLength: 30,
  temperature: 0.7,
  draw: 4,
  probe: 'cab%',
};
const idx = (text: string) => Array.from(text, (ch) => symbols.indexOf(ch));

describe('weightsViewJob', () => {
  it('samples and reads exactly as sampleSymbols and readSymbols do (unknown symbols as the other symbol)', () => {
    const view = weightsViewJob(input);
    const expected = sampleSymbols(model, params, idx(`ab${OTHER_SYMBOL}c`), 30, 0.7, createRng(5));
    expect(view.sample).toEqual({
      seedShown: `ab${OTHER_SYMBOL}c`,
      sample: expected.map((i) => symbols[i]).join(''),
      unknown: 1,
    });
    const read = readSymbols(model, params, idx(`cab${OTHER_SYMBOL}`));
    expect(view.reading.symbols).toEqual(['c', 'a', 'b', OTHER_SYMBOL]);
    expect(view.reading.unknown).toBe(1);
    expect(view.reading.steps).toEqual(read.steps);
  });

  it("seeds with the text's first symbol when the seed text has none, and reads nothing from an empty probe", () => {
    const noOther = ['a', 'b', 'c', ' '];
    const small = createModel(charModelSpec('srn', 4, 1, noOther.length));
    const p = initParams(small, 1);
    const view = weightsViewJob({
      ...input,
      spec: small.spec,
      params: p,
      symbols: noOther,
      seedText: '☃☃',
      probe: '',
    });
    expect(view.sample.seedShown).toBe('c');
    expect(view.sample.unknown).toBe(2);
    const expected = sampleSymbols(small, p, [2], 30, 0.7, createRng(5));
    expect(view.sample.sample).toBe(expected.map((i) => noOther[i]).join(''));
    expect(view.reading).toEqual({ symbols: [], steps: [], unknown: 0 });
  });
});
