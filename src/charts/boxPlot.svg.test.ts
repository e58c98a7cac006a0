// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createBoxPlot, type BoxRow } from './boxPlot';
import { container, draw, seeded, snapshotPath, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

/** A row of n seeded values around `centre`, with its five-number summary. */
function row(key: string, centre: number, n: number, seed: number): BoxRow {
  const rng = seeded(seed);
  const values = Array.from({ length: n }, () => centre + 0.05 * rng.normal()).sort(
    (a, b) => a - b,
  );
  const at = (q: number) => {
    const i = (n - 1) * q;
    const lo = Math.floor(i);
    return values[lo]! + (values[Math.ceil(i)]! - values[lo]!) * (i - lo);
  };
  return {
    key,
    label: key.toUpperCase(),
    box: { min: values[0]!, q1: at(0.25), median: at(0.5), q3: at(0.75), max: values[n - 1]! },
    values,
  };
}

const opts = { xLabel: 'loss (bits)', ariaLabel: 'boxes', offScale: (n: number) => `(${n} off)` };

describe('boxPlot', () => {
  it('draws a box, whisker, median and dots per row with a dashed reference', async () => {
    const el = container();
    const rows = [row('v', 0.72, 5, 1), row('nfg', 0.81, 5, 2), row('cifg', 0.7, 5, 3)];
    draw(createBoxPlot(el, opts), {
      rows,
      reference: { value: rows[0]!.box!.median, label: 'V median' },
    });
    expect(el.querySelectorAll('.box-row__box')).toHaveLength(3);
    expect(el.querySelectorAll('.box-row__value')).toHaveLength(15);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('boxPlot', 'rows'));
  });

  it('leaves a row without runs empty and counts values off the scale in its label', async () => {
    const el = container();
    const diverged: BoxRow = {
      key: 'noaf',
      label: 'NOAF',
      box: { min: 0.7, q1: 0.75, median: 0.8, q3: Infinity, max: Infinity },
      values: [0.7, 0.8, Infinity],
    };
    draw(createBoxPlot(el, opts), {
      rows: [row('v', 0.72, 3, 4), { key: 'nig', label: 'NIG', box: null, values: [] }, diverged],
      reference: null,
    });
    expect(el.querySelector('[data-row="noaf"] .box-row__label')!.textContent).toBe('NOAF (1 off)');
    expect(el.querySelectorAll('[data-row="noaf"] .box-row__value')).toHaveLength(2);
    expect(el.querySelectorAll('[data-row="nig"] .box-row__box')).toHaveLength(0);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('boxPlot', 'partial'));
  });
});
