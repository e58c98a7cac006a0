import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { expectedLength, runAutomaton, type Automaton } from './automaton';
import {
  REBER_SYMBOLS,
  continualEmbeddedReberLegalNext,
  continualEmbeddedReberTask,
  embeddedReberAutomaton,
  embeddedReberLegalNext,
  embeddedReberTask,
  isEmbeddedReberString,
  isReberString,
  reberLegalNext,
  reberNextSymbolEntropy,
  sampleEmbeddedReberString,
} from './reber';
import { hotIndex } from './testHelpers';

// An independent recogniser, derived by hand from the transition diagram: from state 4 the
// grammar reads (X T* V P)* (S | X T* V V).
const L4 = '(?:XT*VP)*(?:S|XT*VV)';
const REBER = `B(?:TS*X${L4}|PT*V(?:V|P${L4}))E`;
const reberRe = new RegExp(`^${REBER}$`);
const embeddedRe = new RegExp(`^B(?:T${REBER}T|P${REBER}P)E$`);

const decode = (ids: number[]) => ids.map((i) => REBER_SYMBOLS[i]).join('');

/** Bits of an optimal state-aware predictor over one string, and its number of predictions. */
function stringBits(a: Automaton, s: string): { bits: number; predictions: number } {
  const sym = Array.from(s);
  let bits = 0;
  for (let t = 1; t < sym.length; t++) {
    const state = runAutomaton(a, sym.slice(0, t));
    const edge = a.states[state]!.find((e) => e.symbol === sym[t])!;
    bits -= Math.log2(edge.p);
  }
  return { bits, predictions: sym.length - 1 };
}

describe('Reber grammar', () => {
  it('accepts and rejects known strings', () => {
    for (const s of ['BTSSXXTVVE', 'BPVVE', 'BTXSE', 'BPTVPSE', 'BTXXVPSE', 'BPVPXVVE']) {
      expect(isReberString(s)).toBe(true);
      expect(reberRe.test(s)).toBe(true);
    }
    for (const s of ['', 'BTSSXXTVE', 'BPVE', 'BTXSEE', 'TXSE', 'BTSXE']) {
      expect(isReberString(s)).toBe(false);
      expect(reberRe.test(s)).toBe(false);
    }
    expect(isEmbeddedReberString('BTBTXSETE')).toBe(true);
    expect(isEmbeddedReberString('BPBPVVEPE')).toBe(true);
    expect(isEmbeddedReberString('BTBTXSEPE')).toBe(false);
  });

  it('lists legal next symbols', () => {
    expect(reberLegalNext('B')).toEqual(new Set(['T', 'P']));
    expect(reberLegalNext('BTSS')).toEqual(new Set(['S', 'X']));
    expect(reberLegalNext('BTXSE')).toEqual(new Set());
    expect(embeddedReberLegalNext('')).toEqual(new Set(['B']));
    expect(embeddedReberLegalNext('BT')).toEqual(new Set(['B']));
    expect(embeddedReberLegalNext('BPBTX')).toEqual(new Set(['X', 'S']));
    expect(embeddedReberLegalNext('BTBTXSE')).toEqual(new Set(['T']));
    expect(embeddedReberLegalNext('BPBTXSE')).toEqual(new Set(['P']));
    expect(embeddedReberLegalNext('BPBTXSEP')).toEqual(new Set(['E']));
    expect(() => embeddedReberLegalNext('BX')).toThrow(/not legal/);
    expect(continualEmbeddedReberLegalNext('BTBTXSETE')).toEqual(new Set(['B']));
    expect(continualEmbeddedReberLegalNext('BTBTXSETEB')).toEqual(new Set(['T', 'P']));
  });

  it('every sampled string is accepted, and its second symbol equals its penultimate', () => {
    const rng = createRng(5);
    for (let i = 0; i < 5000; i++) {
      const s = sampleEmbeddedReberString(rng);
      expect(embeddedRe.test(s)).toBe(true);
      expect(isEmbeddedReberString(s)).toBe(true);
      expect(s[1]).toBe(s[s.length - 2]);
    }
  });

  it('the automaton recogniser agrees with the regex on mutated strings', () => {
    const rng = createRng(6);
    let rejected = 0;
    for (let i = 0; i < 5000; i++) {
      const s = Array.from(sampleEmbeddedReberString(rng));
      const at = Math.floor(rng.next() * s.length);
      const sym = REBER_SYMBOLS[Math.floor(rng.next() * 7)]!;
      const op = Math.floor(rng.next() * 3);
      if (op === 0) s[at] = sym;
      else if (op === 1) s.splice(at, 1);
      else s.splice(at, 0, sym);
      const str = s.join('');
      expect(isEmbeddedReberString(str)).toBe(embeddedRe.test(str));
      if (!embeddedRe.test(str)) rejected++;
    }
    expect(rejected).toBeGreaterThan(2000); // the mutations really produce illegal strings
  });

  it('task samples are next-symbol pairs whose targets are always legal', () => {
    const task = embeddedReberTask();
    const rng = createRng(7);
    for (let i = 0; i < 500; i++) {
      const s = task.sample(rng);
      const inputs = decode(s.inputs.map(hotIndex));
      const targets = decode(s.targets as number[]);
      expect(inputs.slice(1)).toBe(targets.slice(0, -1));
      const full = inputs + targets.slice(-1);
      expect(isEmbeddedReberString(full)).toBe(true);
      for (let t = 0; t < targets.length; t++) {
        expect(embeddedReberLegalNext(inputs.slice(0, t + 1)).has(targets[t]!)).toBe(true);
      }
    }
  });

  it('analytic next-symbol entropy: 6/7 bits (Reber) and 7/11 bits (embedded)', () => {
    expect(reberNextSymbolEntropy('reber')).toBeCloseTo(6 / 7, 12);
    expect(reberNextSymbolEntropy('embedded')).toBeCloseTo(7 / 11, 12);
    expect(expectedLength(embeddedReberAutomaton)).toBeCloseTo(12, 12);
  });

  it('the entropy estimated from 20,000 sampled strings matches the analytic value', () => {
    const rng = createRng(8);
    const n = 20_000;
    const bits: number[] = [];
    const preds: number[] = [];
    let outerT = 0;
    for (let i = 0; i < n; i++) {
      const s = sampleEmbeddedReberString(rng);
      const r = stringBits(embeddedReberAutomaton, s);
      bits.push(r.bits);
      preds.push(r.predictions);
      if (s[1] === 'T') outerT++;
    }
    const B = bits.reduce((a, b) => a + b, 0);
    const N = preds.reduce((a, b) => a + b, 0);
    const ratio = B / N;
    // delta-method standard error of a ratio estimator
    const meanN = N / n;
    const resid = bits.map((b, i) => b - ratio * preds[i]!);
    const varResid = resid.reduce((a, r) => a + r * r, 0) / (n - 1);
    const se = Math.sqrt(varResid / n) / meanN;
    expect(se).toBeLessThan(0.003);
    expect(Math.abs(ratio - reberNextSymbolEntropy())).toBeLessThan(4 * se);
    expect(Math.abs(meanN + 1 - 12)).toBeLessThan(0.15); // mean length 12 symbols
    expect(Math.abs(outerT / n - 0.5)).toBeLessThan(4 * Math.sqrt(0.25 / n));
  });

  it('continual stream: embedded strings back to back, each followed by B', () => {
    const task = continualEmbeddedReberTask(300);
    const s = task.sample(createRng(9));
    expect(s.inputs.length).toBe(300);
    const stream = decode(s.inputs.map(hotIndex)) + decode([s.targets.at(-1) as number]);
    const strings = stream.split(/(?<=E)(?=B)/);
    expect(strings.length).toBeGreaterThan(10);
    strings.slice(0, -1).forEach((x) => expect(isEmbeddedReberString(x)).toBe(true));
    // the unfinished last string is a legal prefix
    expect(() => embeddedReberLegalNext(strings.at(-1)!)).not.toThrow();
    expect(strings.join('')).toBe(stream);
  });
});
