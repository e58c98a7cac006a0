import { describe, expect, it } from 'vitest';
import { embedUrl, instanceParams, shareUrl, unknownInstanceIds } from './shareLink';

describe('share links', () => {
  it('address one instance and replace its earlier settings, keeping other instances', () => {
    const url = shareUrl('https://x.test/en/01-basics/?A-1.word=old&B-1.t=2#top', 'A-1', [
      ['word', 'new'],
    ]);
    const parsed = new URL(url);
    expect(parsed.searchParams.get('A-1.word')).toBe('new');
    expect(parsed.searchParams.get('B-1.t')).toBe('2');
    expect(parsed.hash).toBe('#A-1');
    expect(instanceParams(parsed.search, 'A-1')).toEqual({ word: 'new' });
    expect(instanceParams(parsed.search, 'A')).toEqual({});
  });

  it('encode values safely and build embed URLs', () => {
    const url = embedUrl('https://x.test/base/', 'RecurrenceStepper', [['word', 'a&b=c']]);
    expect(url).toBe('https://x.test/base/embed.html?widget=RecurrenceStepper&word=a%26b%3Dc');
    expect(new URL(url).searchParams.get('word')).toBe('a&b=c');
  });

  it('read a parameter named like a prototype member as a plain key', () => {
    const params = instanceParams('?A-1.__proto__=x&A-1.constructor=1&A-1.word=ok', 'A-1');
    expect(Object.keys(params)).toEqual(['__proto__', 'constructor', 'word']);
    expect(params['__proto__']).toBe('x');
    expect(params['constructor']).toBe('1');
  });

  it('name the instances a link addresses that are not on the page, once each', () => {
    const ids = ['Unroll-1', 'RecurrenceStepper-1'];
    expect(unknownInstanceIds('?Unroll-1.t=2&RecurrenceStepper-1.word=ab', ids)).toEqual([]);
    expect(
      unknownInstanceIds('?Nope-1.foo=bar&Unroll-1.t=2&Nope-1.x=1&fault=Unroll-1&Unroll.t=1', ids),
    ).toEqual(['Nope-1', 'Unroll']);
    expect(unknownInstanceIds('?constructor.x=1&__proto__.y=2', ids)).toEqual([
      'constructor',
      '__proto__',
    ]);
  });
});
