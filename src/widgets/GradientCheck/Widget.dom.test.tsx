// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gradientCheck } from '../../core/gradientCheck';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { gradientCheckMeta } from './meta';
import { entryLabel, fmtSci, fmtValue, methodSummary, worstEntries } from './summary';

afterEach(cleanup);
// tfjs is a lazily imported chunk; load it once up front (slow to transform under Vitest) so the
// tests time the figure, not the import.
beforeAll(() => import('../../tf/gradientCheck'), 60_000);

// A small check, so the main-thread fallback (jsdom has no Worker) finishes quickly.
const small = { hidden: 3, steps: 5, perBlock: 6 };

function renderCheck(lang: 'en' | 'zh' = 'en', props: Record<string, unknown> = small) {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('GradientCheck')!}
        props={{ id: 'GradientCheck-1', ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="GradientCheck"]') as HTMLElement;
  return { ...utils, root };
}

/** The check and tfjs's autodiff have both finished. */
async function finished(root: HTMLElement) {
  await waitFor(() => expect(root.querySelector('[data-stage="done"]')).not.toBeNull(), {
    timeout: 30_000,
  });
  await waitFor(() => expect(root.dataset['status']).toBe('ready'));
}

describe('GradientCheck', () => {
  it('starts by itself and shows the core’s check, then tfjs’s autodiff beside it', async () => {
    const { root } = renderCheck();
    await finished(root);
    const core = gradientCheck(gradientCheckMeta.props.parse(small));
    expect(screen.getByTestId('check-progress').textContent).toBe(`Checked ${core.of} entries.`);
    expect(screen.getByTestId('check-problem').textContent).toContain(
      `E = ${core.loss64.toFixed(6)} nats (float64)`,
    );
    // Every checked entry is a marker in its block's lanes.
    for (const b of core.blocks) {
      const row = root.querySelector(`[data-row="${b.label}"]`)!;
      expect(row.querySelectorAll('.error-row__mark--fd64')).toHaveLength(b.entries.length);
      expect(row.querySelectorAll('.error-row__mark--tf')).toHaveLength(b.entries.length);
    }
    const summary = methodSummary(core.blocks, null);
    expect(screen.getByTestId('check-fd64').textContent).toContain(
      `${summary.fd64.below} of ${core.of} entries agree with BPTT to within 10⁻⁷; the median relative error is ${fmtSci(summary.fd64.median)}`,
    );
    expect(screen.getByTestId('check-tf').textContent).toMatch(/float32, cpu backend\): median \d/);
    // The worst-entries table: labels and values of the core's worst entries, tfjs close to BPTT.
    const rows = within(screen.getByTestId('entry-table')).getAllByRole('row').slice(1);
    const worst = worstEntries(core.blocks, null);
    expect(rows).toHaveLength(worst.length);
    rows.forEach((row, i) => {
      const { block, e } = worst[i]!;
      expect(within(row).getByRole('rowheader').textContent).toBe(entryLabel(block, e));
      const cells = within(row).getAllByRole('cell');
      expect(cells[0]!.textContent).toBe(fmtValue(e.bptt));
      expect(cells[1]!.textContent).toBe(fmtValue(e.fd64));
      expect(cells[2]!.textContent).toBe(fmtValue(e.fd32));
      const tf = Number(cells[3]!.dataset['value']);
      expect(Math.abs(tf - e.bptt)).toBeLessThanOrEqual(1e-4 * Math.abs(e.bptt) + 1e-7);
    });
    // The sweep is drawn, with the step in use.
    expect(root.querySelectorAll('.step-sweep__line')).toHaveLength(2);
  }, 40_000);

  it('checks a gated cell by gate when the reader picks it, and speaks Chinese', async () => {
    const { root } = renderCheck('zh');
    await finished(root);
    fireEvent.click(screen.getByRole('radio', { name: 'GRU' }));
    await waitFor(() => expect(root.querySelector('[data-row="Wh·s̃"]')).not.toBeNull());
    await finished(root);
    const core = gradientCheck(gradientCheckMeta.props.parse({ ...small, cell: 'gru' }));
    expect(screen.getByTestId('check-progress').textContent).toBe(`已检验 ${core.of} 个分量。`);
    expect(
      within(screen.getByTestId('block-table'))
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(core.blocks.map((b) => b.label));
    expect(screen.getByTestId('check-fd32').textContent).toMatch(/^同样的 h 下的 float32 差分/);
  }, 60_000);
});
