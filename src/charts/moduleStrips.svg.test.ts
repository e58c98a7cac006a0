// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createModuleStrips, stripScale } from './moduleStrips';
import { container, draw, seeded, snapshotPath, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

/** A held (staircase) series: a new value every `period` steps. */
function held(seed: number, period: number, scale: number, n = 64): number[] {
  const rng = seeded(seed);
  let v = 0;
  return Array.from({ length: n }, (_, t) => (t % period === 0 ? (v = scale * rng.normal()) : v));
}

describe('moduleStrips', () => {
  it('draws a strip per module on its own scale, with its size written beside it', async () => {
    const el = container(480);
    draw(createModuleStrips(el), {
      xLabel: 'time step',
      colour: 'var(--accent)',
      strips: [
        { label: 'T = 1', values: held(1, 1, 0.05) },
        { label: 'T = 4', values: held(2, 4, 0.3) },
        { label: 'T = 16', values: [...held(3, 16, 1.2).slice(0, 60), NaN, 0, 0, 0] },
      ],
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('moduleStrips', 'three'));
    expect(el.querySelectorAll('.module-strips__strip path')).toHaveLength(3);
  });

  it('scales a strip by its largest finite |value|, and a flat strip by 1', () => {
    expect(stripScale([0.2, -0.7, NaN, Infinity])).toBe(0.7);
    expect(stripScale([])).toBe(0);
  });
});
