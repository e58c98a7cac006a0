import type { Locator } from '@playwright/test';
import { measureClockGradient, type ClockGradientMeasurement } from '../src/core/experiments';
import { clockGradientMeta } from '../src/widgets/ClockGradient/meta';
import { parsePeriods } from '../src/widgets/ClockGradient/periods';
import { fmtNorm, tableLags } from '../src/widgets/ClockGradient/useClockGradientView';
import { expect, openInChapter, test } from './fixtures';

/** The core's measurement for the figure's props. */
function coreFor(props: Record<string, unknown>): ClockGradientMeasurement {
  const p = clockGradientMeta.props.parse(props);
  return measureClockGradient({ ...p, periods: parsePeriods(p.periods) as number[] });
}

/** The figure has finished measuring these periods over T steps. */
const measured = (widget: Locator, m: ClockGradientMeasurement) =>
  expect(widget.locator('.clock-gradient')).toHaveAttribute(
    'data-measured',
    `${m.periods.join(',')}|${m.T}`,
  );

/** The table equals the core's norms, row by row (Chromium's Math.tanh may differ in the last bits). */
async function expectTable(widget: Locator, m: ClockGradientMeasurement) {
  const shown = await widget
    .getByTestId('norm-table')
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-value'))),
      ),
    );
  const core = tableLags(m.T).map((lag) => [
    ...m.modules.map((v) => v[lag]!),
    m.clockworkWhole[lag]!,
    m.srn[lag]!,
  ]);
  expect(shown.length).toBe(core.length);
  shown.forEach((row, r) =>
    row.forEach((v, c) =>
      expect(Math.abs(v - core[r]![c]!)).toBeLessThanOrEqual(1e-9 * core[r]![c]!),
    ),
  );
}

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: the chapter’s figure shows the core’s norms, and a held module’s Jacobian is exactly I`, async ({
    page,
  }) => {
    const widget = await openInChapter(page, 'ClockGradient', lang, '04-clockwork');
    const m = coreFor({});
    await measured(widget, m);
    await expectTable(widget, m);

    // The readout's numbers: the slowest module against the SRN at the longest lag.
    const readout = widget.getByTestId('readout');
    await expect(readout).toContainText(fmtNorm(m.modules[3]![m.T]!));
    await expect(readout).toContainText(fmtNorm(m.srn[m.T]!));
    expect(m.modules[3]![m.T]!).toBeGreaterThan(1e6 * m.srn[m.T]!);

    // Every held module's rows of ∂s_t/∂s_{t−1}, and of the product over each whole hold, were
    // exactly the identity's: the figure reports the core's count and a deviation of 0.
    const held = widget.getByTestId('held-check');
    await expect(held).toHaveAttribute('data-held-max-deviation', '0');
    await expect(held).toHaveAttribute('data-held-steps', String(m.held.steps));
    await expect(held).toHaveAttribute('data-held-spans', String(m.held.spans));
    expect(m.held).toMatchObject({ maxDeviation: 0 });
    expect(m.held.spans).toBeGreaterThan(0);
    await expect(held).toContainText(lang === 'en' ? 'largest deviation 0.' : '最大偏差为 0。');

    // Five lines, each with its own dash pattern and its own end label.
    const chart = widget.getByTestId('gradient-chart');
    await expect(chart.locator('.line__label')).toHaveText([
      'SRN',
      lang === 'en' ? '1: T = 1' : '1：T = 1',
      lang === 'en' ? '2: T = 2' : '2：T = 2',
      lang === 'en' ? '3: T = 4' : '3：T = 4',
      lang === 'en' ? '4: T = 8' : '4：T = 8',
    ]);
    const dashes = await chart
      .locator('g.line path')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray')));
    expect(new Set(dashes).size).toBe(5);

    if (lang === 'en') {
      // Another preset: with every period 1 no module holds, and the numbers follow the core.
      await widget.getByLabel('Preset').selectOption('noClock');
      const ones = coreFor({ periods: '1,1,1,1' });
      await measured(widget, ones);
      await expectTable(widget, ones);
      await expect(held).toHaveAttribute('data-held-steps', '0');
      await expect(held).toContainText('No module holds');
    } else {
      // Periods typed by the reader.
      await widget.getByLabel('各模块周期（由快到慢）').fill('1,5');
      const typed = coreFor({ periods: '1,5' });
      await measured(widget, typed);
      await expectTable(widget, typed);
      await expect(held).toHaveAttribute('data-held-steps', String(typed.held.steps));
      await expect(held).toHaveAttribute('data-held-max-deviation', '0');
    }
  });
}
