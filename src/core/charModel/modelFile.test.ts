import { describe, expect, it } from 'vitest';
import { createModel, saveModel } from '../model';
import { MAX_MODEL_FILE_BYTES, charModelFileJob } from './modelFile';
import { charModelSpec } from './spec';
import { MAX_SYMBOLS } from './vocabularyCap';

describe('model files', () => {
  it('the largest model the figure builds saves to a file under MAX_MODEL_FILE_BYTES', () => {
    const symbols = Array.from({ length: MAX_SYMBOLS }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const model = createModel(charModelSpec('lstm', 128, 3, MAX_SYMBOLS));
    const text = saveModel(model, new Float64Array(model.layout.size).fill(0.25), {
      symbols: JSON.stringify(symbols),
    });
    expect(model.layout.size).toBe(985_600);
    const bytes = new TextEncoder().encode(text).length;
    expect(bytes).toBeLessThan(MAX_MODEL_FILE_BYTES);
    // …and not by so much that the cap lets through files that cannot be a model.
    expect(bytes).toBeGreaterThan(MAX_MODEL_FILE_BYTES / 2);
    const read = charModelFileJob({ text, symbols });
    expect(read.ok && read.params.length).toBe(985_600);
  });
});
