import { describe, expect, it, vi } from 'vitest';
import { sampleMeta as meta } from './fixtures/sampleMeta';
import { createWidgetStore } from './widgetStore';

const defaults = meta.props.parse({});

describe('createWidgetStore', () => {
  it('is running while any busy source is, whichever order they finish in', () => {
    // CharRNN trains (one source) while a view job scores the text (another): the job ending
    // must not mark ready a figure that still trains — seen in the full e2e run.
    const store = createWidgetStore(meta, defaults);
    const { setPhase, setBusy } = store.getState();
    const training = Symbol('training');
    const job = Symbol('job');
    setBusy(training, true);
    expect(store.getState().status).toBe('loading');
    setPhase('ready');
    expect(store.getState().status).toBe('running');
    setBusy(job, true);
    setBusy(job, false);
    expect(store.getState().status).toBe('running');
    setBusy(training, false);
    expect(store.getState().status).toBe('ready');
    setBusy(job, true);
    setPhase('error');
    expect(store.getState().status).toBe('error');
  });

  it('keeps locked props at their initial values through patches and reset', () => {
    const initial = { ...defaults, uScale: 2, seed: 7 };
    const store = createWidgetStore(meta, defaults, initial, new Set(['uScale']));
    store.getState().setProps({ uScale: 0.5, seed: 8 });
    expect(store.getState().props.uScale).toBe(2);
    expect(store.getState().props.seed).toBe(8);
    store.getState().reset();
    expect(store.getState().props).toEqual({ ...defaults, uScale: 2 });
  });

  it('gives each instance its own state', () => {
    const a = createWidgetStore(meta, defaults);
    const b = createWidgetStore(meta, defaults);
    a.getState().setProps({ word: 'cat' });
    expect(a.getState().props.word).toBe('cat');
    expect(b.getState().props.word).toBe('hello');
  });

  it('refuses a patch that breaks the schema and keeps the old props', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createWidgetStore(meta, defaults);
    store.getState().setProps({ uScale: Number.NaN });
    store.getState().setProps({ t: 9 }); // beyond "hello"
    expect(store.getState().props).toEqual(defaults);
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('resets to the baseline, not to the schema defaults', () => {
    const baseline = { ...defaults, word: 'abc' };
    const store = createWidgetStore(meta, baseline, { ...baseline, t: 2 });
    expect(store.getState().props.t).toBe(2);
    store.getState().reset();
    expect(store.getState().props).toEqual(baseline);
  });
});
