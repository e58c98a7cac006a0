import { describe, expect, it } from 'vitest';
import { createModel, initParams } from '../model';
import { block, blockView } from '../params';
import { COUNTING_SYMBOLS } from '../tasks/counting';
import {
  countAlong,
  counterExperiment,
  counterSpec,
  countingTrace,
  countsRight,
  evaluateCounter,
  longestRight,
  memoryValues,
  runCounter,
  type CounterSettings,
} from './counter';

const sym = (s: (typeof COUNTING_SYMBOLS)[number]) => COUNTING_SYMBOLS.indexOf(s);

/**
 * An LSTM counter set by hand (one unit): every gate wide open (σ(40) = 1 in float64), the
 * candidate g = tanh(±40) = ±1 on a and b, so c_t = #a − #b exactly; the head says b while
 * h = tanh(c) > 0 and E once c = 0.
 */
function handCounter() {
  const model = createModel(counterSpec('lstm', 1));
  const p = new Float64Array(model.layout.size);
  const Wx = blockView(p, block(model.layout, 'l0.fwd.Wx'));
  const b = blockView(p, block(model.layout, 'l0.fwd.b'));
  const V = blockView(p, block(model.layout, 'head.V'));
  const c = blockView(p, block(model.layout, 'head.c'));
  const I = COUNTING_SYMBOLS.length;
  b[0] = 40; // i
  b[1] = 40; // f
  b[3] = 40; // o
  Wx[2 * I + sym('a')] = 40; // g row: +1 on a
  Wx[2 * I + sym('b')] = -40; // −1 on b
  c.fill(-100);
  V[sym('b')] = 10;
  c[sym('b')] = 0;
  c[sym('E')] = 3.8; // between h = 0 (E wins) and h ≥ tanh(1)·10 = 7.6 (b wins)
  return { model, params: p };
}

const settings: CounterSettings = {
  language: 'anbn',
  trainMaxN: 5,
  testMaxN: 12,
  hidden: 3,
  budget: 400,
  lr: 0.02,
  seed: 3,
};

describe('Counter', () => {
  it('a hand-set LSTM counts exactly: c_t = #a − #b, computed two ways, right for every n', () => {
    const { model, params } = handCounter();
    for (const n of [1, 7, 150]) {
      const [cell] = memoryValues(model, params, 'anbn', n);
      expect(cell).toEqual(countAlong('anbn', n));
      expect(countsRight(model, params, 'anbn', n)).toBe(true);
    }
    const result = evaluateCounter('lstm', model, params, { ...settings, testMaxN: 80 }, 0, 0);
    expect(result.longestRight).toBe(80);
    expect(result.trace.unit).toBe(0);
    expect(result.trace.correlation).toBeCloseTo(1, 12);
    expect(result.peak).toBe(15); // n = 3·trainMaxN = 15 a's read before the b's
  });

  it('a GRU’s state stays inside (−1, 1) however long the string', () => {
    const model = createModel(counterSpec('gru', 4));
    const params = initParams(model, 5);
    for (let k = 0; k < params.length; k++) params[k]! *= 8; // saturate as hard as it likes
    for (const unit of memoryValues(model, params, 'anbncn', 200))
      for (const v of unit) expect(Math.abs(v)).toBeLessThanOrEqual(1);
  });

  it('the longest n right is the n before the first mistake', () => {
    expect(longestRight([true, true, false, true])).toBe(2);
    expect(longestRight([false, true])).toBe(0);
    expect(longestRight([true, true, true])).toBe(3);
  });

  it('the count climbs with the a’s and falls with the b’s; the c’s leave it at 0', () => {
    expect(countAlong('anbn', 3)).toEqual([0, 1, 2, 3, 2, 1, 0]);
    expect(countAlong('anbncn', 2)).toEqual([0, 1, 2, 1, 0, 0, 0]);
    const { model, params } = handCounter();
    expect(countingTrace(model, params, 'anbn', 4).values).toEqual(countAlong('anbn', 4));
  });

  it('runs both cells as a job: snapshots along the way, the same results as a plain run', () => {
    const run = counterExperiment(settings);
    const seen: number[] = [];
    let step = run.next();
    while (!step.done) {
      const p = step.value({ now: 0, final: false });
      if (p.current) seen.push(p.current.sequences);
      step = run.next();
    }
    // A pause point every COUNTER_CHUNK sequences of each cell but the last.
    expect(seen).toEqual([200, 200]);
    const results = step.value;
    expect(results.map((r) => r.cell)).toEqual(['lstm', 'gru']);
    for (const r of results) {
      expect(r.sequences).toBe(settings.budget);
      expect(r.right).toHaveLength(settings.testMaxN);
      expect(Number.isFinite(r.loss)).toBe(true);
    }
    expect(runCounter(settings)).toEqual(results);
  });
});
