import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { createTask, taskNames, taskRegistry } from './registry';
import { sampleKey } from './testHelpers';
import { assertSampleShape } from './validate';

describe('task registry', () => {
  for (const name of taskNames) {
    it(`${name}: well-formed and deterministic given the seed`, () => {
      const task = taskRegistry[name].create();
      expect(task.name).toBe(name);
      const draw = (seed: number) => {
        const rng = createRng(seed);
        return Array.from({ length: 3 }, () => task.sample(rng));
      };
      const a = draw(1);
      for (const s of a) expect(assertSampleShape(task, s)).toBeGreaterThan(0);
      expect(draw(1).map(sampleKey)).toEqual(a.map(sampleKey));
      const b = draw(2).map(sampleKey).join();
      if (name === 'waveform320')
        expect(b).toBe(a.map(sampleKey).join()); // one fixed target by design
      else expect(b).not.toBe(a.map(sampleKey).join());
      expect(taskRegistry[name].source).toMatch(/\d{4}/);
    });
  }

  it('builds tasks by name with overrides and rejects unknown names', () => {
    const task = createTask('adding1997', { T: 200 });
    const L = task.sample(createRng(3)).inputs.length;
    expect(L >= 200 && L <= 220).toBe(true);
    expect(() => createTask('nope')).toThrow(/unknown task name "nope"/);
  });

  it('assertSampleShape catches malformed samples', () => {
    const info = { name: 't', inputSize: 2, outputSize: 3, kind: 'class' } as const;
    const x = new Float64Array(2);
    expect(assertSampleShape(info, { inputs: [x, x], targets: [null, 2] })).toBe(1);
    expect(() => assertSampleShape(info, { inputs: [x], targets: [3] })).toThrow(/class index/);
    expect(() => assertSampleShape(info, { inputs: [x], targets: [] })).toThrow(/targets/);
    const binary = { ...info, kind: 'binary', outputSize: 1 } as const;
    expect(() =>
      assertSampleShape(binary, { inputs: [x], targets: [Float64Array.of(0.5)] }),
    ).toThrow(/0 or 1/);
  });
});
