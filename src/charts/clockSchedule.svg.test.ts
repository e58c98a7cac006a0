// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { blockState, createBlockMatrix } from './blockMatrix';
import { createClockTimeline } from './clockTimeline';
import { createTimeGatePlot } from './timeGatePlot';
import { container, draw, seeded, snapshotPath, svgOf } from './testing/svgSnapshot';

afterEach(() => document.body.replaceChildren());

const periods = [1, 2, 4];
const steps = Array.from({ length: 9 }, (_, t) => t);

describe('clockTimeline', () => {
  it('draws one band per module, a dot and outline where it ran, and frames the current step', async () => {
    const rng = seeded(4);
    const el = container();
    // Held values repeat: each module's value changes only on its ticks.
    const modules = periods.map((T, i) => {
      let held = [0, 0];
      return {
        label: `${i + 1} · T = ${T}`,
        values: steps.map((t) =>
          t % T === 0 ? (held = [rng.uniform(-1, 1), rng.uniform(-1, 1)]) : held,
        ),
        ticks: steps.map((t) => t % T === 0),
      };
    });
    draw(createClockTimeline(el), { steps, current: 5, modules });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('clockTimeline', 'three-modules'));
    const ticks = Array.from(el.querySelectorAll('rect.clock-timeline__tick'));
    expect(
      ticks.map((r) => `${r.getAttribute('data-module')}@${r.getAttribute('data-step')}`),
    ).toEqual([
      ...steps.map((t) => `1@${t}`),
      '2@0',
      '2@2',
      '2@4',
      '2@6',
      '2@8',
      '3@0',
      '3@4',
      '3@8',
    ]);
    expect(el.querySelectorAll('rect.clock-timeline__cell')).toHaveLength(3 * 9 * 2);
    expect(el.querySelector('rect.clock-timeline__current')!.getAttribute('x')).toBe(
      String(64 + 5 * 18 - 1),
    );
  });
});

describe('blockMatrix', () => {
  it('leaves the lower blocks zero and lights the rows of the modules that run', async () => {
    const el = container();
    draw(createBlockMatrix(el), { active: [true, true, false] });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('blockMatrix', 'two-of-three'));
    const states = Array.from(el.querySelectorAll('rect.block-matrix__block')).map(
      (r) => `${r.getAttribute('data-block')}:${r.getAttribute('data-state')}`,
    );
    expect(states).toEqual([
      '1,1:used',
      '1,2:used',
      '1,3:used',
      '2,1:zero',
      '2,2:used',
      '2,3:used',
      '3,1:zero',
      '3,2:zero',
      '3,3:idle',
    ]);
    expect(el.querySelectorAll('rect.block-matrix__used')).toHaveLength(5);
    expect(blockState([false, true], 0, 1)).toBe('idle');
  });
});

describe('timeGatePlot', () => {
  it('draws the gate, its open phases and the clockwork row', async () => {
    const el = container();
    const tri = (t: number) => {
      const phi = (((t % 4) + 4) % 4) / 4;
      return phi < 0.25 ? 8 * phi : phi < 0.5 ? 2 - 8 * phi : 0;
    };
    draw(createTimeGatePlot(el), {
      curve: Array.from({ length: 49 }, (_, n) => [-0.5 + n / 4, tri(-0.5 + n / 4)] as const),
      steps: Array.from({ length: 12 }, (_, t) => tri(t)),
      open: [
        [0, 2],
        [4, 6],
        [8, 10],
      ],
      ticks: Array.from({ length: 12 }, (_, t) => t % 4 === 0),
      xLabel: 't',
      yLabel: 'k',
      gateLabel: 'gate',
      clockLabel: 'clock',
    });
    await expect(svgOf(el)).toMatchFileSnapshot(snapshotPath('timeGatePlot', 'period-four'));
    const runs = Array.from(el.querySelectorAll('rect.time-gate-plot__tick')).map((r) =>
      r.getAttribute('data-runs'),
    );
    expect(runs.filter((r) => r === 'true')).toHaveLength(3);
    expect(el.querySelectorAll('rect.time-gate-plot__band')).toHaveLength(3);
  });
});
