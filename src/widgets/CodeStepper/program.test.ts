import regions from 'virtual:handmade-regions/minCharRnn';
import { describe, expect, it } from 'vitest';
import {
  backward,
  buildVocabulary,
  encode,
  forward,
  initCharRnn,
  type Mat,
} from '../../core/handmade';
import { buildProgram, visibleValues, writtenName, type Stop } from './program';
import { EXAMPLE_HIDDEN, EXAMPLE_SCALE, recordExample, type Value } from './record';

const shown = { forward: regions['forward']!, backward: regions['backward']! };
const asArray = (v: Value) =>
  typeof v === 'number' ? [v] : Array.from(v instanceof Float64Array ? v : (v as Mat).data);

/** The example computed here, straight from the hand-written functions. */
function reference(seed: number) {
  const vocabulary = buildVocabulary('hello');
  const data = encode(vocabulary, 'hello');
  const inputs = data.slice(0, 4);
  const targets = data.slice(1);
  const model = initCharRnn(4, EXAMPLE_HIDDEN, seed, EXAMPLE_SCALE);
  const pass = forward(model, inputs, targets, new Float64Array(EXAMPLE_HIDDEN));
  return { pass, grads: backward(model, pass, targets), targets };
}

describe('the CodeStepper program', () => {
  it('reads the name each line writes', () => {
    expect(writtenName('  const z = add(x, y);')).toBe('z');
    expect(writtenName('let dsNext: Float64Array = new Float64Array(3);')).toBe('dsNext');
    expect(writtenName('    loss += step.loss;')).toBe('loss');
    expect(writtenName('for (let t = 0; t < n; t++) {')).toBe('t');
    expect(writtenName('addOuter(g.W, dz, step.sPrev);')).toBe('g.W');
    expect(writtenName('steps.push(step);')).toBeNull();
    expect(writtenName('return { x, z };')).toBeNull();
  });

  it('steps through forward then backward, every value the hand-written code’s own', () => {
    const seed = 4;
    const stops = buildProgram(shown, recordExample(seed));
    const { pass, grads } = reference(seed);
    const inStep = (phase: Stop['phase'], fn: string) =>
      stops.filter((s) => s.phase === phase && s.fn === fn);
    // forwardStep: x, z, s, q, o, loss at each of the 4 steps, in that order.
    const fwd = inStep('forward', 'forwardStep');
    expect(fwd.map((s) => s.name)).toEqual(
      Array.from({ length: 4 }, () => ['x', 'z', 's', 'q', 'o', 'loss']).flat(),
    );
    for (const stop of fwd) {
      const step = pass.steps[stop.t!]!;
      const expected = step[stop.name as 'x' | 'z' | 's' | 'q' | 'o' | 'loss'];
      expect(asArray(stop.value)).toEqual(asArray(expected));
    }
    // The forward loop's running loss ends at the pass's loss.
    const losses = inStep('forward', 'forward').filter((s) => s.name === 'loss');
    expect(losses.at(-1)!.value).toBeCloseTo(pass.loss, 14);
    // Backward runs t = 3, 2, 1, 0, and its last gradients are backward()'s.
    const back = inStep('backward', 'backwardStep');
    expect([...new Set(back.map((s) => s.t))]).toEqual([3, 2, 1, 0]);
    for (const name of ['U', 'W', 'b', 'V', 'c'] as const) {
      const last = back.filter((s) => s.name === `g.${name}`).at(-1)!;
      const expected = grads[name];
      expect(asArray(last.value)).toEqual(asArray(expected));
    }
    // Every stop is a line of the shown regions that writes the stop's name.
    const lines = new Map(
      [...shown.forward.lines, ...shown.backward.lines].map((l) => [l.number, l.text]),
    );
    for (const stop of stops) expect(writtenName(lines.get(stop.line)!)).toBe(stop.name);
  });

  it('shows beside the lines only the values of the current pass and step', () => {
    const stops = buildProgram(shown, recordExample(1));
    const firstZ = stops.findIndex((s) => s.name === 'z') + 1;
    const secondZ = stops.findIndex((s, i) => i >= firstZ && s.name === 'z') + 1;
    // Just before t = 1's z runs, t = 0's z is gone and the loop line shows t = 1.
    const before = visibleValues(stops, secondZ - 1);
    expect([...before.values()].some((s) => s.name === 'z')).toBe(false);
    expect([...before.values()].find((s) => s.name === 't')?.value).toBe(1);
    expect(visibleValues(stops, secondZ).get(stops[secondZ - 1]!.line)?.t).toBe(1);
    expect(visibleValues(stops, 0).size).toBe(0);
  });
});
