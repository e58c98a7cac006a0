// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedPageUrl, embedSnippets, escapeHtml, paramsQuery } from './embedSnippets';

/** Parses a snippet as a browser would and returns its first element of a tag. */
function parse(html: string, tag: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const el = doc.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> in ${html}`);
  return el;
}

describe('embedSnippets', () => {
  const options = {
    base: 'https://unrolled.example/course/',
    widget: 'CharRNN',
    lang: 'zh' as const,
    theme: 'dark' as const,
    params: { word: 'rnn', hidden: '8', W: '0.6,-0.4' },
    hide: ['corpus', 'engine'],
    lock: ['hidden'],
    width: 720,
    height: 500,
    title: 'Char "RNN" <live> & co',
  };

  it('writes the contract URL: widget, lang, theme, hide, lock, then the settings', () => {
    const { url } = embedSnippets(options);
    expect(url).toBe(
      'https://unrolled.example/course/embed.html?widget=CharRNN&lang=zh&theme=dark' +
        '&hide=corpus,engine&lock=hidden&word=rnn&hidden=8&W=0.6,-0.4',
    );
    const query = new URL(url).searchParams;
    expect(query.get('hide')!.split(',')).toEqual(['corpus', 'engine']);
    expect(query.get('W')).toBe('0.6,-0.4');
  });

  it('an iframe with the attributes Canvas keeps, its title escaped', () => {
    const { iframe, url } = embedSnippets(options);
    const el = parse(iframe, 'iframe');
    expect(el.getAttribute('src')).toBe(url);
    expect(el.getAttribute('title')).toBe(options.title);
    expect(el.getAttribute('width')).toBe('720');
    expect(el.getAttribute('height')).toBe('500');
    expect(el.hasAttribute('allowfullscreen')).toBe(true);
    expect(iframe).not.toContain('<live>');
    expect(iframe).toContain('&amp;hide=');
  });

  it('the custom element carries the same settings, after the host script', () => {
    const { element } = embedSnippets(options);
    expect(parse(element, 'script').getAttribute('src')).toBe(
      'https://unrolled.example/course/unrolled-embed.js',
    );
    const el = parse(element, 'unrolled-figure');
    expect(el.getAttribute('name')).toBe('CharRNN');
    expect(el.getAttribute('lang')).toBe('zh');
    expect(el.getAttribute('theme')).toBe('dark');
    expect(el.getAttribute('hide')).toBe('corpus,engine');
    expect(el.getAttribute('lock')).toBe('hidden');
    expect(el.getAttribute('height')).toBe('500');
    expect(Object.fromEntries(new URLSearchParams(el.getAttribute('params')!))).toEqual(
      options.params,
    );
  });

  it('a plain link to the same URL', () => {
    const { link, url } = embedSnippets(options);
    const a = parse(link, 'a');
    expect(a.getAttribute('href')).toBe(url);
    expect(a.textContent).toBe(options.title);
  });

  it('leaves out what is not set and defaults to full width, 640 px high', () => {
    const { url, iframe, element } = embedSnippets({
      base: 'http://localhost:4173',
      widget: 'Unroll',
      lang: 'en',
      title: 'Unroll',
    });
    expect(url).toBe('http://localhost:4173/embed.html?widget=Unroll&lang=en');
    expect(parse(iframe, 'iframe').getAttribute('width')).toBe('100%');
    expect(parse(iframe, 'iframe').getAttribute('height')).toBe('640');
    const el = parse(element, 'unrolled-figure');
    for (const name of ['theme', 'hide', 'lock', 'params'])
      expect(el.hasAttribute(name)).toBe(false);
  });

  it('hostile values cannot break out of an attribute or inject a parameter', () => {
    const evil = '"><script>alert(1)</script>&widget=Other';
    const { iframe, element, url } = embedSnippets({
      base: 'https://u.example/',
      widget: 'Unroll',
      lang: 'en',
      params: { word: evil, widget: 'Other', lang: 'zh' },
      hide: [evil],
      title: evil,
    });
    const query = new URL(url).searchParams;
    expect(query.getAll('widget')).toEqual(['Unroll']);
    expect(query.getAll('lang')).toEqual(['en']);
    expect(query.get('word')).toBe(evil);
    expect(query.get('hide')).toBe(evil);
    for (const html of [iframe, element]) {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      expect(doc.querySelectorAll('script:not([src])')).toHaveLength(0);
    }
    expect(parse(iframe, 'iframe').getAttribute('title')).toBe(evil);
  });
});

describe('helpers', () => {
  it('escapeHtml escapes the five characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
  it('paramsQuery drops the embed page parameters and encodes values', () => {
    expect(paramsQuery({ lang: 'zh', hide: 'a', word: 'a b&c', seed: '3' })).toBe(
      'word=a%20b%26c&seed=3',
    );
  });
  it('embedPageUrl keeps a path prefix of the base', () => {
    expect(embedPageUrl({ base: 'https://x.example/a/b', widget: 'Latch', lang: 'en' })).toBe(
      'https://x.example/a/b/embed.html?widget=Latch&lang=en',
    );
  });
});
