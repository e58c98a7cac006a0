import { describe, expect, it } from 'vitest';
import { sci } from './format';

describe('sci', () => {
  it('prints 3 significant digits, in exponent form below 1e-3 and from 1e4', () => {
    expect(sci(5.8812e-7)).toBe('5.88e-7');
    expect(sci(1.59e-15)).toBe('1.59e-15');
    expect(sci(0.6191)).toBe('0.619');
    expect(sci(0.001)).toBe('0.001');
    expect(sci(11.66)).toBe('11.7');
    expect(sci(12345)).toBe('1.23e4');
    expect(sci(-0.5)).toBe('-0.5');
    expect(sci(0)).toBe('0');
    expect(sci(NaN)).toBe('NaN');
  });
});
