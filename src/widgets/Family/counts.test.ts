import { describe, expect, it } from 'vitest';
import { createModel } from '../../core/model';
import { countParameters } from './counts';
import { MEMBERS, memberSpec, type FamilySizes } from './members';

const sizes: FamilySizes = {
  inputSize: 3,
  hiddenSize: 8,
  outputSize: 2,
  layers: 2,
  peepholes: false,
};

describe('countParameters', () => {
  it('equals createModel(spec).layout.size for every trainable member', () => {
    for (const member of MEMBERS.filter((m) => m !== 'esn')) {
      const spec = memberSpec(member, sizes, 1);
      if (spec.kind !== 'model') throw new Error(member);
      expect(countParameters(spec).layoutSize).toBe(createModel(spec.spec).layout.size);
    }
  });

  it('counts by hand: SRN, LSTM with peepholes, bidirectional, deep, Jordan', () => {
    const [I, H, O] = [3, 8, 2];
    const count = (m: Parameters<typeof memberSpec>[0], peepholes = false) =>
      countParameters(memberSpec(m, { ...sizes, peepholes }, 1)).layoutSize;
    const head = O * H + O;
    expect(count('srn')).toBe(H * I + H * H + H + head);
    expect(count('lstm', true)).toBe(4 * (H * I + H * H + H) + 3 * H + head);
    expect(count('gru')).toBe(3 * (H * I + H * H + H) + head);
    expect(count('bidirectional')).toBe(2 * (H * I + H * H + H) + O * 2 * H + O);
    expect(count('deep')).toBe(H * I + H * H + H + (H * H + H * H + H) + head);
    expect(count('jordan')).toBe(H * I + H * O + H + O * H + O);
  });

  it('leaves the masked lower blocks of a clockwork W out of the trained count', () => {
    const c = countParameters(memberSpec('cwrnn', sizes, 1));
    // 8 units in 4 modules of 2: W keeps the 10 blocks on or above the diagonal, 4 entries each.
    expect(c.masked).toBe(6 * 4);
    expect(c.trained).toBe(c.layoutSize - 24);
    expect(c.blocks.find((b) => b.name === 'l0.fwd.W')!.trained).toBe(40);
  });

  it('splits an ESN into a fixed reservoir and a trained readout', () => {
    const c = countParameters(memberSpec('esn', sizes, 1));
    const [K, N, L] = [3, 8, 2];
    expect(c.trained).toBe(L * (1 + K + N));
    expect(c.fixed).toBe(N * (1 + K) + N * N);
    expect(c.fixedNonzero).toBeLessThan(c.fixed);
    expect(c.fixedNonzero).toBeGreaterThan(N * (1 + K));
  });
});
