import { describe, expect, it } from 'vitest';
import { createModel, initParams, saveModel } from '../../../core/model';
import { compose } from '../compose';
import { playgroundMeta } from '../meta';
import { readModelFile, writeModelFile } from './modelFile';

const settings = {
  ...playgroundMeta.props.parse({}),
  cell: 'lstm' as const,
  hidden: 6,
  forgetBias: 5,
  task: 'addingModern' as const,
  taskParams: '{"T":12}',
};
const composed = compose(settings);
if (!composed.ok) throw new Error('the test settings must compose');
const weights = initParams(composed.model, 4).map((v, k) => v * 1.5 + k * 1e-7);

describe('the Playground model file', () => {
  it('holds the settings and the exact weights, and reads them back', () => {
    const text = writeModelFile(settings, weights, 321);
    const read = readModelFile(text, 'en');
    if (!read.ok) throw new Error(read.code);
    expect(read.settings).toEqual(settings);
    expect(read.step).toBe(321);
    expect(Array.from(read.weights)).toEqual(Array.from(weights));
    expect(JSON.parse(text).format).toBe('unrolled-model');
  });

  it('refuses NaN weights with loadModel’s reason, naming the block', () => {
    const bad = Float64Array.from(weights);
    bad[3] = NaN;
    const read = readModelFile(writeModelFile(settings, bad, 1), 'en');
    expect(read).toMatchObject({ ok: false, code: 'format' });
    if (read.ok || read.code !== 'format') return;
    expect(read.message).toMatch(/not all finite numbers: 1 of \d+ are NaN or infinite/);
  });

  it('refuses what is not JSON, another figure’s model, bad settings and weights of another model', () => {
    expect(readModelFile('{"format":', 'en')).toMatchObject({ code: 'format' });
    expect(readModelFile('x'.repeat(1e6), 'en')).toMatchObject({ code: 'format' });
    const bare = saveModel(createModel(composed.config.spec), weights, { source: 'CodeExport' });
    expect(readModelFile(bare, 'en')).toEqual({ ok: false, code: 'noSettings' });

    const saved = JSON.parse(writeModelFile(settings, weights, 1));
    const withSettings = (query: string) =>
      JSON.stringify({ ...saved, meta: { ...saved.meta, settings: query } });
    const nanRate = readModelFile(withSettings('lr=NaN'), 'zh');
    expect(nanRate).toMatchObject({ ok: false, code: 'settings' });
    expect(readModelFile(withSettings('hidden=7&cell=lstm&task=addingModern'), 'en')).toEqual({
      ok: false,
      code: 'mismatch',
    });
  });
});
