import { describe, expect, it } from 'vitest';
import { sourceRegion, sourceRegions } from './sourceRegions';

const source = [
  'const hidden = 1;',
  '// #region outer',
  '',
  'function f() {',
  '  // #region inner',
  '  return 2;',
  '  // #endregion',
  '}',
  '// #endregion',
].join('\n');

describe('source regions', () => {
  it('extracts named regions without their marker lines, de-indented, with file line numbers', () => {
    const outer = sourceRegion(source, 'outer');
    expect(outer.code).toBe('function f() {\n  return 2;\n}');
    expect(outer.lines.map((l) => l.number)).toEqual([4, 6, 8]);
    expect([outer.firstLine, outer.lastLine]).toEqual([4, 8]);
    const inner = sourceRegion(source, 'inner');
    expect(inner.code).toBe('return 2;');
    expect(inner.firstLine).toBe(6);
  });

  it('names the file and its regions when asked for one it lacks', () => {
    expect(() => sourceRegion(source, 'forwrd', 'src/x.ts')).toThrow(
      'src/x.ts has no region "forwrd"; its regions: inner, outer',
    );
  });

  it('refuses unbalanced, doubled and empty regions', () => {
    expect(() => sourceRegions('// #region a\nx')).toThrow(/"a" is never closed/);
    expect(() => sourceRegions('x\n// #endregion')).toThrow(/without #region \(line 2\)/);
    expect(() =>
      sourceRegions('// #region a\nx\n// #endregion\n// #region a\ny\n// #endregion'),
    ).toThrow(/"a" is marked twice/);
    expect(() => sourceRegions('// #region a\n\n// #endregion')).toThrow(/"a" is empty/);
  });
});
