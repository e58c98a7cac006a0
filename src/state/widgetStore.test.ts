import { describe, expect, it, vi } from 'vitest';
import { sampleMeta as meta } from './fixtures/sampleMeta';
import { createWidgetStore } from './widgetStore';

const defaults = meta.props.parse({});

describe('createWidgetStore', () => {
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
