// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createGateHeatmap } from './gateHeatmap';
import { container, draw, snapshotPath, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

const symbols = Array.from('ab?ba?');
const values = symbols.map((_, t) => [t / 5, 1 - t / 5, t % 2]);

describe('gateHeatmap', () => {
  it('draws a cell per step and unit, marks columns with ▾ and outlines a row', async () => {
    const el = container();
    draw(createGateHeatmap(el, { scheme: 'gate' }), { values, symbols, marked: [0, 3], row: 1 });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('gateHeatmap', 'gates'));
    const cells = el.querySelectorAll('rect[data-value]');
    expect(cells).toHaveLength(18);
    expect(Number(cells[3]!.getAttribute('data-value'))).toBe(0.2);
    expect([...el.querySelectorAll('.gate-heatmap__marks text')].map((t) => t.textContent)).toEqual(
      ['▾', '▾'],
    );
  });

  it('colours cell states on the diverging scale', async () => {
    const el = container();
    const states = values.map((v) => v.map((x) => 2 * x - 1));
    draw(createGateHeatmap(el, { scheme: 'state' }), {
      values: states,
      symbols,
      marked: [],
      row: null,
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('gateHeatmap', 'states'));
    const fills = [...el.querySelectorAll('rect[data-value]')].map((r) => r.getAttribute('fill'));
    expect(fills[0]).not.toBe(fills[1]);
  });
});
