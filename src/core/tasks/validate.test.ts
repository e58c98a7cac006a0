import { describe, expect, it } from 'vitest';
import { requireChoice, requireInt, requireNumber, TaskParamError } from './validate';

const thrown = (f: () => void): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
};

describe('task parameter checks', () => {
  it('throw a TaskParamError carrying the parameter, its range and value, with the English message', () => {
    const e = thrown(() => requireInt('lag', -5, 1, 1000));
    expect(e).toBeInstanceOf(TaskParamError);
    expect((e as TaskParamError).problem).toEqual({
      code: 'integer',
      param: 'lag',
      min: 1,
      max: 1000,
      value: -5,
    });
    expect((e as Error).message).toBe('lag must be an integer in 1..1000, got -5');

    const n = thrown(() => requireNumber('noiseStd', -1, 0)) as TaskParamError;
    expect(n.problem).toEqual({
      code: 'number',
      param: 'noiseStd',
      min: 0,
      max: Infinity,
      value: -1,
    });
    expect(n.message).toBe('noiseStd must be a finite number in [0, Infinity], got -1');

    const c = thrown(() => requireChoice('mode', 'x', ['final', 'running'], 'bad mode'));
    expect((c as TaskParamError).problem).toEqual({
      code: 'choice',
      param: 'mode',
      allowed: ['final', 'running'],
      value: 'x',
    });
    expect(thrown(() => requireInt('lag', 5, 1, 1000))).toBeNull();
  });
});
