import type { Locator } from '@playwright/test';
import {
  gradientCheck,
  type CheckedEntry,
  type GradientCheckResult,
} from '../src/core/gradientCheck';
import { gradientCheckMeta } from '../src/widgets/GradientCheck/meta';
import { entryLabel, methodSummary } from '../src/widgets/GradientCheck/summary';
import { expect, openInChapter, test } from './fixtures';

/** The core's check for the figure's props. */
const coreFor = (props: Record<string, unknown>) =>
  gradientCheck(gradientCheckMeta.props.parse(props));

/** The check, and tfjs's autodiff after it, have finished. */
const finished = (widget: Locator) =>
  expect(widget.locator('.gradient-check')).toHaveAttribute('data-stage', 'done', {
    timeout: 20_000,
  });

const near = (shown: number, want: number, rel: number, abs = 0) =>
  expect(Math.abs(shown - want)).toBeLessThanOrEqual(rel * Math.abs(want) + abs);

/** Every row of the worst-entries table is a core entry: BPTT exact, FD64 to its rounding, tfjs to 1e-4. */
async function expectEntries(widget: Locator, core: GradientCheckResult, h: number) {
  const byLabel = new Map<string, CheckedEntry>(
    core.blocks.flatMap((b) => b.entries.map((e) => [entryLabel(b, e), e] as const)),
  );
  const rows = await widget
    .getByTestId('entry-table')
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        label: tr.querySelector('th')!.textContent!,
        values: [...tr.querySelectorAll('td')].map((td) => Number(td.getAttribute('data-value'))),
      })),
    );
  expect(rows).toHaveLength(8);
  for (const { label, values } of rows) {
    const e = byLabel.get(label)!;
    expect(e, label).toBeDefined();
    const [bptt, fd64, , tf] = values as [number, number, number, number];
    near(bptt, e.bptt, 1e-12);
    // A difference quotient magnifies the last bits of E (Chromium's Math.exp and Math.tanh may
    // differ from Node's there) by 1/2h: a few float64 steps of E over 2h.
    near(fd64, e.fd64, 1e-9, (8 * Number.EPSILON * core.loss64) / (2 * h));
    near(tf, e.bptt, 1e-4, 1e-7);
  }
}

for (const lang of ['en', 'zh'] as const) {
  test(`${lang}: the chapter’s check equals the core’s, with tfjs’s autodiff beside it`, async ({
    page,
  }) => {
    const widget = await openInChapter(page, 'GradientCheck', lang, '05-implementation');
    await finished(widget);
    const core = coreFor({});
    await expect(widget.getByTestId('check-progress')).toHaveText(
      lang === 'en' ? `Checked ${core.of} entries.` : `已检验 ${core.of} 个分量。`,
    );
    await expect(widget.getByTestId('check-problem')).toContainText(
      `E = ${core.loss64.toFixed(6)}`,
    );
    await expect(widget.getByTestId('check-problem')).toContainText(core.loss32.toFixed(6));
    const summary = methodSummary(core.blocks, null);
    await expect(widget.getByTestId('check-fd64')).toContainText(
      lang === 'en'
        ? `${summary.fd64.below} of ${core.of} entries agree with BPTT to within 10⁻⁷`
        : `${core.of} 个分量中有 ${summary.fd64.below} 个`,
    );
    await expect(widget.getByTestId('check-tf')).toContainText('cpu');
    await expectEntries(widget, core, gradientCheckMeta.props.parse({}).h);

    // One row per block, each with a marker per checked entry, and the 1e-7 guide.
    await expect(widget.getByTestId('block-table').locator('tbody th')).toHaveText(
      core.blocks.map((b) => b.label),
    );
    for (const b of core.blocks) {
      await expect(widget.locator(`[data-row="${b.label}"] .error-row__mark--fd64`)).toHaveCount(
        b.entries.length,
      );
    }
    await expect(widget.locator('.error-strips__guide-label')).toHaveText('10⁻⁷');
    await expect(widget.locator('.step-sweep__line')).toHaveCount(2);
  });
}
