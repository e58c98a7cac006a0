// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createContributionBars } from './contributionBars';
import { createLineChart } from './lineChart';
import { createLogLines } from './logLines';
import { createLossCurve } from './lossCurve';
import { createScatter } from './scatter';
import { createSeriesPlot } from './seriesPlot';
import { createSuccessByLag } from './successByLag';
import { container, draw, seeded, snapshotPath, svgOf } from './testing/svgSnapshot';

// Deterministic SVG snapshots of the charts that draw axes with lines, bars or dots: seeded data,
// fixed sizes, one file per state under __snapshots__/. A changed attribute fails the test.

afterEach(() => document.body.replaceChildren());

/** A noisy decaying curve of n points, seeded. */
function decay(seed: number, n: number, from: number, rate: number): number[] {
  const rng = seeded(seed);
  return Array.from({ length: n }, (_, i) => from * Math.exp(-rate * i) * (1 + 0.1 * rng.normal()));
}

describe('lineChart', () => {
  const opts = { xLabel: 'step', yLabel: 'loss', ariaLabel: 'curves' };
  const series = [
    { key: 'a', label: 'SGD', points: decay(1, 30, 2, 0.05).map((v, i) => [i * 10, v] as const) },
    { key: 'b', label: 'Adam', points: decay(2, 30, 2, 0.12).map((v, i) => [i * 10, v] as const) },
  ];

  it('draws lines on linear axes', async () => {
    const el = container();
    draw(createLineChart(el, opts), series);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('lineChart', 'linear'));
  });

  it('draws log-log axes, skipping zeros, negatives and NaN', async () => {
    const el = container();
    const withBad = [
      ...series,
      {
        key: 'c',
        label: 'bad',
        points: [
          [0, 0],
          [10, -1],
          [20, NaN],
          [30, 0.5],
          [40, 0.4],
        ] as const,
      },
    ];
    draw(
      createLineChart(el, { ...opts, xLog: true, yLog: true, yDomain: undefined }),
      withBad.map((s) => ({ ...s, points: s.points.map(([x, y]) => [x + 1, y] as const) })),
    );
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('lineChart', 'loglog'));
  });

  it('draws an empty frame for no data and a fixed y domain', async () => {
    const el = container();
    draw(createLineChart(el, { ...opts, yDomain: [0, 3], width: 400, height: 200 }), []);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('lineChart', 'empty'));
  });
});

describe('lossCurve', () => {
  const points = decay(3, 40, 4.2, 0.04).map((value, i) => ({ step: i * 25, value }));

  it('fits a 480 px container and draws the reference line', async () => {
    const el = container(480);
    draw(createLossCurve(el, { xLabel: 'step', yLabel: 'bits' }), {
      points,
      reference: { value: 4.7, label: 'untrained' },
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('lossCurve', 'reference'));
  });

  it('draws a fixed size without a reference, and no points', async () => {
    const el = container();
    draw(createLossCurve(el, { xLabel: 'step', yLabel: 'bits', width: 300, height: 160 }), {
      points: [],
      reference: null,
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('lossCurve', 'empty'));
  });
});

describe('logLines', () => {
  it('draws a measured series with markers and a clipped model line', async () => {
    const el = container();
    draw(createLogLines(el, { xLabel: 'lag', yLabel: 'norm' }), [
      {
        id: 'measured',
        label: 'measured',
        values: [...decay(4, 20, 1, 0.6), 0, NaN],
        marker: 'circle',
      },
      {
        id: 'bound',
        label: 'bound',
        values: Array.from({ length: 22 }, (_, i) => 0.9 ** (i * 4)),
        dash: '4 3',
      },
    ]);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('logLines', 'measured'));
  });
});

describe('seriesPlot', () => {
  const data = (log: boolean) => ({
    x0: 1,
    xLabel: 'time step',
    yLabel: log ? 'error' : 'output',
    series: [
      {
        label: 'target',
        values: decay(5, 60, log ? 1 : 0.8, log ? 0.3 : 0.01),
        colour: 'var(--fg)',
      },
      {
        label: 'network',
        values: Float64Array.from(decay(6, 60, 0.7, 0.02)),
        colour: 'var(--accent)',
        dash: '5 3',
      },
      { label: 'gap', values: [0, NaN, 0.2, -0.1], colour: 'red', dash: '2 2' },
    ],
    marker: { x: 30, label: 'free run' },
  });

  it('fits a 520 px container on a linear axis with a marker and legend', async () => {
    const el = container(520);
    draw(createSeriesPlot(el, { height: 160 }), data(false));
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('seriesPlot', 'linear'));
  });

  it('floors zeros and negatives on a log axis', async () => {
    const el = container(360);
    draw(createSeriesPlot(el, { yScale: 'log', logFloor: 1e-12 }), data(true));
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('seriesPlot', 'log'));
  });

  it('keeps a fixed y domain', async () => {
    const el = container();
    draw(createSeriesPlot(el), { ...data(false), marker: undefined, yDomain: [-1, 1] });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('seriesPlot', 'fixed'));
  });
});

describe('successByLag', () => {
  const shares = (values: (number | null)[]) =>
    values.map((share, i) => ({ lag: 2 ** (i + 1), share }));

  it('draws shares by lag with gaps for missing results', async () => {
    const el = container();
    draw(createSuccessByLag(el, { xLabel: 'lag', yLabel: 'solved', ariaLabel: 'success' }), {
      lags: [2, 4, 8, 16, 32],
      series: [
        { key: 'bptt', label: 'BPTT', marker: 'circle', points: shares([1, 0.75, 0.25, 0, null]) },
        { key: 'lstm', label: 'LSTM', marker: 'square', points: shares([1, 1, 1, 0.5, null]) },
      ],
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('successByLag', 'shares'));
  });
});

describe('scatter', () => {
  it('draws labelled points by group with axes through the origin', async () => {
    const rng = seeded(7);
    const points = Array.from({ length: 10 }, (_, i) => ({
      label: `w${i}`,
      x: rng.normal(),
      y: rng.normal(),
      group: i % 6,
      highlight: i === 3,
    }));
    const el = container();
    draw(createScatter(el, { ariaLabel: 'words', width: 400, height: 300 }), points);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('scatter', 'groups'));
  });
});

describe('contributionBars', () => {
  it('draws full and kept contributions, leaving uncomputed steps empty', async () => {
    const el = container();
    draw(createContributionBars(el, { yLabel: 'contribution', ariaLabel: 'bars' }), [
      { label: 't=1', full: 0.031, kept: 0 },
      { label: 't=2', full: 0.12, kept: 0 },
      { label: 't=3', full: 0.4, kept: 0.4 },
      { label: 't=4', full: 0.9, kept: 0.9 },
      { label: 't=5', full: null, kept: null },
    ]);
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('contributionBars', 'truncated'));
  });
});
