// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createErrorStrips } from './errorStrips';
import { createStepSweep } from './stepSweep';
import { container, draw, seeded, snapshotPath, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

const guide = { value: 1e-7, label: '1e-7' };

describe('errorStrips', () => {
  it('puts one marker per entry in its lane, exact agreement on the floor, and the 1e-7 guide', async () => {
    const el = container();
    const rng = seeded(4);
    const lane = (centre: number, n: number) =>
      Array.from({ length: n }, () => centre * 10 ** (2 * rng.normal()));
    const chart = createErrorStrips(el, {
      lanes: [
        { key: 'fd64', shape: 'circle' },
        { key: 'fd32', shape: 'triangle' },
        { key: 'tf', shape: 'square' },
      ],
      xLabel: 'relative error',
      ariaLabel: 'errors',
      guide,
    });
    draw(chart, {
      rows: [
        { key: 'U', label: 'U', errors: [[...lane(1e-10, 5), 0], lane(0.3, 6), lane(1e-7, 6)] },
        { key: 'W', label: 'W', errors: [lane(1e-9, 4), [...lane(0.5, 3), Number.NaN], []] },
      ],
    });
    expect(el.querySelectorAll('[data-row="U"] .error-row__mark--fd64')).toHaveLength(6);
    expect(el.querySelectorAll('[data-row="W"] .error-row__mark--fd32')).toHaveLength(3);
    expect(el.querySelectorAll('[data-row="W"] .error-row__mark--tf')).toHaveLength(0);
    expect(el.querySelector('.error-strips__guide-label')!.textContent).toBe('1e-7');
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('errorStrips', 'rows'));
  });
});

describe('stepSweep', () => {
  it('draws error against h on log axes, a line per precision, with the step in use marked', async () => {
    const el = container();
    const hs = Array.from({ length: 11 }, (_, i) => 10 ** (-1 - i));
    const truncation = (h: number) => h * h;
    const chart = createStepSweep(el, {
      xLabel: 'h',
      yLabel: 'relative error',
      ariaLabel: 'sweep',
      guide,
      stepLabel: 'h in use',
    });
    draw(chart, {
      hs,
      h: 1e-5,
      lines: [
        {
          key: 'fd64',
          label: 'float64',
          dash: '',
          shape: 'circle',
          errors: hs.map((h) => truncation(h) + 1e-16 / h),
        },
        {
          key: 'fd32',
          label: 'float32',
          dash: '6 3',
          shape: 'triangle',
          errors: hs.map((h) => truncation(h) + 1e-7 / h),
        },
      ],
    });
    expect(el.querySelectorAll('.step-sweep__line')).toHaveLength(2);
    expect(el.querySelectorAll('.step-sweep__point')).toHaveLength(22);
    expect(el.querySelectorAll('.step-sweep__step')).toHaveLength(1);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('stepSweep', 'two-precisions'));
  });
});
