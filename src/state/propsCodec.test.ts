import { describe, expect, it } from 'vitest';
import { sampleMeta as meta } from './fixtures/sampleMeta';
import {
  decodeProps,
  echo,
  ECHO_LIMIT,
  encodeChangedProps,
  fieldKind,
  validateProps,
} from './propsCodec';

const schema = meta.props;
const defaults = schema.parse({});

describe('fieldKind', () => {
  it('reads each field type from the zod schema', () => {
    expect(fieldKind(schema.shape.word)).toBe('string');
    expect(fieldKind(schema.shape.W)).toBe('numberArray');
    expect(fieldKind(schema.shape.uScale)).toBe('number');
    expect(fieldKind(schema.shape.t)).toBe('integer');
    expect(fieldKind(schema.shape.mode)).toBe('enum');
    expect(fieldKind(schema.shape.clip)).toBe('boolean');
  });
});

describe('decodeProps', () => {
  it('parses strings into typed props over the defaults', () => {
    const { values, issues } = decodeProps(
      schema,
      { word: 'cat', uScale: '0.5', W: '0,0,0,0,0,0,0,0,1', t: '2' },
      'en',
    );
    expect(issues).toEqual([]);
    expect(values).toEqual({
      ...defaults,
      word: 'cat',
      uScale: 0.5,
      W: [0, 0, 0, 0, 0, 0, 0, 0, 1],
      t: 2,
    });
  });

  it('keeps the default and explains each value it refuses', () => {
    const { values, issues } = decodeProps(
      schema,
      { word: 'Héllo<script>', uScale: 'NaN', W: '1,2', seed: '1e400', colour: 'red' },
      'en',
    );
    expect(values).toEqual(defaults);
    expect(issues.map((i) => i.key).sort()).toEqual(['W', 'colour', 'seed', 'uScale', 'word']);
    expect(issues.find((i) => i.key === 'colour')!.reason).toBe('there is no such setting');
    expect(issues.find((i) => i.key === 'uScale')!.reason).toMatch(/number/i);
  });

  it('explains refusals in Chinese on Chinese pages', () => {
    const { issues } = decodeProps(schema, { uScale: '9' }, 'zh');
    expect(issues[0]!.reason).toBe('不能大于 3');
  });

  it('falls back to the base when valid fields do not fit together', () => {
    const base = { ...defaults, word: 'cat' };
    const { values, issues } = decodeProps(schema, { t: '7' }, 'en', base);
    expect(values).toEqual(base);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.reason).toMatch(/smaller than the length of the word/);
  });

  it('never throws on huge or odd input', () => {
    const huge = 'x'.repeat(100_000);
    expect(() =>
      decodeProps(schema, { word: huge, W: huge, t: '-0', uScale: ' ' }, 'en'),
    ).not.toThrow();
  });
});

describe('validateProps (MDX props)', () => {
  it('refuses unknown keys and out-of-range values', () => {
    expect(validateProps(schema, { word: 'abc' }, 'en').issues).toEqual([]);
    expect(validateProps(schema, { wrod: 'abc' }, 'en').issues).toHaveLength(1);
    expect(validateProps(schema, { uScale: 5 }, 'en').values).toEqual(defaults);
  });
});

describe('encodeChangedProps', () => {
  it('writes only what differs from the defaults, and decodes back to the same props', () => {
    expect(encodeChangedProps(schema, defaults)).toEqual([]);
    const changed = { ...defaults, word: 'rnn', W: [1, 0, 0, 0, 1, 0, 0, 0, -0.25], t: 1 };
    const pairs = encodeChangedProps(schema, changed);
    expect(pairs).toEqual([
      ['word', 'rnn'],
      ['W', '1,0,0,0,1,0,0,0,-0.25'],
      ['t', '1'],
    ]);
    expect(decodeProps(schema, Object.fromEntries(pairs), 'en').values).toEqual(changed);
  });
});

describe('hostile and huge values', () => {
  it('reports names of Object.prototype members as unknown settings instead of crashing', () => {
    for (const key of ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf']) {
      const { values, issues } = decodeProps(schema, { [key]: '1' }, 'en');
      expect(values).toEqual(defaults);
      expect(issues).toEqual([{ key, raw: '1', reason: 'there is no such setting' }]);
    }
  });

  it('repeats at most ECHO_LIMIT characters of a value or a name', () => {
    const long = 'x'.repeat(30_000);
    const { issues } = decodeProps(schema, { word: long, [long]: long }, 'en');
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(Array.from(issue.raw).length).toBe(ECHO_LIMIT + 1);
      expect(issue.raw.endsWith('…')).toBe(true);
      expect(Array.from(issue.key).length).toBeLessThanOrEqual(ECHO_LIMIT + 1);
    }
  });

  it('cuts between code points, never inside a surrogate pair', () => {
    const emoji = '😀'.repeat(100);
    expect(echo(emoji)).toBe(`${'😀'.repeat(ECHO_LIMIT)}…`);
    expect(echo('short')).toBe('short');
  });
});
