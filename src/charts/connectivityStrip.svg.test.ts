// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createConnectivityStrip, strengthColour, strengthLogDomain } from './connectivityStrip';
import { container, draw, snapshotPath, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

const labels = Array.from('the cat sat␣on the mat, 猫坐在垫子上');
// Strength decaying by a decade every four characters back from t = 20.
const strengths = labels.map((_, k) => (k <= 20 ? 10 ** (-(20 - k) / 4) : 0));

describe('connectivityStrip', () => {
  it('colours the characters up to t on a log scale, outlines t, leaves later ones blank', async () => {
    const el = container();
    const picked: number[] = [];
    draw(createConnectivityStrip(el, { columns: 12, onPick: (k) => picked.push(k) }), {
      labels,
      strengths,
      t: 20,
      logDomain: strengthLogDomain(strengths.slice(0, 21)),
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('connectivityStrip', 'decay'));
    const cells = el.querySelectorAll('rect.connectivity-strip__cell');
    expect(cells).toHaveLength(labels.length);
    expect(Number(cells[20]!.getAttribute('data-value'))).toBe(1);
    expect(cells[21]!.hasAttribute('data-value')).toBe(false);
    expect(cells[20]!.getAttribute('stroke')).toBe('currentColor');
    cells[3]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(picked).toEqual([3]);
  });

  it('spans whole decades of the positive values, at least one', () => {
    expect(strengthLogDomain([0.5, 0.002, 0])).toEqual([-3, 0]);
    expect(strengthLogDomain([0.5])).toEqual([-1, 0]);
    expect(strengthLogDomain([])).toEqual([-3, 0]);
    expect(strengthColour(-3, [-3, 0])).not.toBe(strengthColour(0, [-3, 0]));
  });
});
