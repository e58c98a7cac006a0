import { describe, expect, it } from 'vitest';
import { formatHand, holdsOf, parseHand, releaseHand, setHand, type HandEntry } from './hand';
import type { SettingProblem } from '../../state/settingProblem';
import { lstmGatesMeta } from './meta';

describe('gates held by hand, as a string', () => {
  it('reads and writes entries, * for every unit or step', () => {
    const entries = parseHand('lstm.f2@3:0.25 gru.c*@*:-0.5') as HandEntry[];
    expect(entries).toEqual([
      { cell: 'lstm', gate: 'f', unit: 1, t: 3, value: 0.25 },
      { cell: 'gru', gate: 'c', value: -0.5 },
    ]);
    expect(formatHand(entries)).toBe('lstm.f2@3:0.25 gru.c*@*:-0.5');
    expect(holdsOf(entries, 'gru')).toEqual([{ gate: 'c', value: -0.5 }]);
  });

  it('refuses values outside a gate’s range and malformed entries (the schema says so)', () => {
    expect((parseHand('lstm.f1@0:-0.5') as SettingProblem).message).toMatch(/\[0, 1\]/);
    expect(lstmGatesMeta.props.safeParse({ hand: 'lstm.f1@0:-0.5' }).success).toBe(false);
    expect(lstmGatesMeta.props.safeParse({ hand: 'lstm.z1@0:0.5' }).success).toBe(false);
    expect(lstmGatesMeta.props.safeParse({ hand: 'lstm.g1@0:-0.5' }).success).toBe(true);
  });

  it('a new value replaces the same entry and comes last; letting go removes what holds it', () => {
    const start = parseHand('lstm.f*@*:1 lstm.f1@2:0.5') as HandEntry[];
    const set = setHand(start, 'lstm', 'f', 0, 2, 0.3);
    expect(formatHand(set)).toBe('lstm.f*@*:1 lstm.f1@2:0.3');
    expect(formatHand(releaseHand(set, 'lstm', 'f', 0, 2))).toBe('');
    expect(formatHand(releaseHand(set, 'lstm', 'f', 1, 2))).toBe('lstm.f1@2:0.3');
  });
});
