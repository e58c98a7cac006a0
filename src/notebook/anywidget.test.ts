// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import anywidget, { frameUrl, type AnyModel } from './anywidget';

/** A stand-in for anywidget's model: traits, `on`/`off` and a way to change a trait. */
function fakeModel(traits: Record<string, unknown>) {
  const handlers = new Map<string, Set<() => void>>();
  const model: AnyModel & { set(name: string, value: unknown): void; listeners(): number } = {
    get: (name) => traits[name],
    on: (event, callback) => {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(callback);
    },
    off: (event, callback) => {
      if (event && callback) handlers.get(event)?.delete(callback);
    },
    set(name, value) {
      traits[name] = value;
      for (const h of handlers.get(`change:${name}`) ?? []) h();
    },
    listeners: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  };
  return model;
}

describe('the notebook module (anywidget render contract)', () => {
  it('renders an iframe to the embed page with the traits as parameters', () => {
    const el = document.createElement('div');
    const model = fakeModel({
      widget: 'CharRNN',
      lang: 'zh',
      theme: 'dark',
      params: { hidden: 8, W: [0.5, -1], word: 'a&b' },
      hide: ['corpus'],
      lock: 'hidden, lr',
      height: 500,
      base: 'https://unrolled.example/site/',
    });
    const cleanup = anywidget.render({ model, el });
    const frame = el.querySelector('iframe')!;
    const url = new URL(frame.src);
    expect(url.origin + url.pathname).toBe('https://unrolled.example/site/embed.html');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      widget: 'CharRNN',
      lang: 'zh',
      theme: 'dark',
      hide: 'corpus',
      lock: 'hidden,lr',
      hidden: '8',
      W: '0.5,-1',
      word: 'a&b',
    });
    expect(frame.height).toBe('500');
    cleanup();
  });

  it('follows changes of the model, and stops after cleanup', () => {
    const el = document.createElement('div');
    const model = fakeModel({ widget: 'Unroll', base: 'https://u.example/' });
    const cleanup = anywidget.render({ model, el });
    const frame = el.querySelector('iframe')!;
    expect(new URL(frame.src).searchParams.get('lang')).toBe('en');
    expect(frame.height).toBe('640');
    model.set('lang', 'zh');
    expect(new URL(frame.src).searchParams.get('lang')).toBe('zh');
    model.set('widget', 'Latch');
    expect(new URL(frame.src).searchParams.get('widget')).toBe('Latch');
    model.set('height', 900);
    expect(frame.height).toBe('900');
    expect(model.listeners()).toBeGreaterThan(0);
    cleanup();
    expect(el.querySelector('iframe')).toBeNull();
    expect(model.listeners()).toBe(0);
    model.set('lang', 'en');
    expect(new URL(frame.src).searchParams.get('lang')).toBe('zh');
  });

  it('takes height messages from its own frame only', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const model = fakeModel({ widget: 'Unroll', base: 'https://u.example/' });
    const cleanup = anywidget.render({ model, el });
    const frame = el.querySelector('iframe')!;
    const post = (source: MessageEventSource | null, data: unknown) =>
      window.dispatchEvent(new MessageEvent('message', { data, source }));
    post(window, { type: 'unrolled:height', height: 123 });
    expect(frame.height).toBe('640');
    post(frame.contentWindow, { type: 'unrolled:height', height: 'x' });
    post(frame.contentWindow, { type: 'other', height: 10 });
    expect(frame.height).toBe('640');
    post(frame.contentWindow, { type: 'unrolled:height', height: 812.4 });
    expect(frame.height).toBe('813');
    cleanup();
    el.remove();
  });

  it('ignores garbage traits instead of throwing', () => {
    const model = fakeModel({ widget: 42, lang: 'fr', theme: 'neon', params: 'x', hide: 7 });
    const url = new URL(frameUrl(model, 'blob:null/abc'));
    expect(Object.fromEntries(url.searchParams)).toEqual({ widget: '42', lang: 'en' });
    // Without `base` and loaded from a blob, the build's public address is the site.
    expect(url.origin).toBe('http://localhost:4173');
  });

  it('uses the site the module was loaded from when no base is given', () => {
    const model = fakeModel({ widget: 'Unroll' });
    expect(frameUrl(model, 'https://course.example/u/unrolled-anywidget.js')).toBe(
      'https://course.example/u/embed.html?widget=Unroll&lang=en',
    );
  });
});
