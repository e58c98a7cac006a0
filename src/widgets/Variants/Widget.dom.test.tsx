// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GREFF_VARIANTS } from '../../core/cells';
import { ABLATION_DEFAULTS, runAblation, summariseAblation } from '../../core/experiments';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { variantsMeta } from './meta';

afterEach(cleanup);

// A small ablation, so the main-thread fallback (jsdom has no Worker) finishes quickly.
const small = { runs: 2, sequences: 100, hidden: 2 };

function renderVariants(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('Variants')!}
        props={{ id: 'Variants-1', ...small, ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Variants"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('variants-table', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

const fixed = (x: number) =>
  x.toLocaleString('en', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

describe('Variants', () => {
  it('runs the ablation and shows exactly what the core engine gives', async () => {
    const { root } = renderVariants();
    await ready(root);
    expect(screen.getByTestId('variants-progress').textContent).toContain('18 training runs');
    // The chart comes first, then the run button, then the table, then More settings.
    const order = [
      root.querySelector('.variants__chart')!,
      screen.getByRole('button', { name: /Run the ablation/ }),
      screen.getByTestId('variants-table'),
      screen.getByTestId('more-settings'),
    ];
    for (let k = 1; k < order.length; k++)
      expect(
        order[k - 1]!.compareDocumentPosition(order[k]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Run the ablation/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    await screen.findByText('All 18 runs done.', {}, { timeout: 30_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));

    const settings = { ...ABLATION_DEFAULTS, ...variantsMeta.props.parse(small) };
    const runs = [0, 1].flatMap((run) => GREFF_VARIANTS.map((v) => runAblation(settings, v, run)));
    const expected = summariseAblation(runs);
    const rows = within(screen.getByTestId('variants-table')).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'V',
      'NIG',
      'NFG',
      'NOG',
      'NIAF',
      'NOAF',
      'NP',
      'CIFG',
      'FGR',
    ]);
    rows.forEach((row, i) => {
      const cells = within(row).getAllByRole('cell');
      const want = expected[i]!.summary!;
      expect(cells[1]!.textContent).toBe(
        String(runs.find((r) => r.variant === want.variant)!.parameters),
      );
      expect(cells[2]!.textContent).toBe(fixed(want.median));
      expect(cells[3]!.textContent).toBe(`${fixed(want.min)} – ${fixed(want.max)}`);
    });
    // Each variant's row in the chart has its box and one dot per run; the reference is V's median.
    for (const v of GREFF_VARIANTS) {
      expect(root.querySelectorAll(`[data-row="${v}"] .box-row__box`)).toHaveLength(1);
      expect(root.querySelectorAll(`[data-row="${v}"] .box-row__value`)).toHaveLength(2);
    }
    // The verdict names the two worst medians, from the same numbers.
    const ranked = [...expected].sort((a, b) => b.summary!.median - a.summary!.median);
    const names = {
      vanilla: 'V',
      nig: 'NIG',
      nfg: 'NFG',
      nog: 'NOG',
      niaf: 'NIAF',
      noaf: 'NOAF',
      np: 'NP',
      cifg: 'CIFG',
      fgr: 'FGR',
    };
    expect(screen.getByTestId('variants-verdict').textContent).toContain(
      `the two worst medians are ${names[ranked[0]!.variant]} (${fixed(ranked[0]!.summary!.median)} bits) and ${names[ranked[1]!.variant]}`,
    );
    expect(screen.getByTestId('variants-paper').textContent).toContain(
      'forget gate and the output activation function',
    );
  }, 60_000);

  it('pauses, resumes and stops on the reader’s word, and says so', async () => {
    const { root } = renderVariants({ runs: 10, sequences: 4000, hidden: 8 });
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Run the ablation/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    expect(screen.getByTestId('variants-progress').textContent).toMatch(
      /^Paused after \d+ of 90 runs\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: /Resume/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    const stop = screen.getByRole('button', { name: /Stop/ }) as HTMLButtonElement;
    fireEvent.click(stop);
    expect(screen.getByTestId('variants-progress').textContent).toMatch(
      /Stopped after \d+ of 90 runs/,
    );
    expect(stop.disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Run the ablation/ }));
    // The settings sit under More settings, closed at first; a change abandons the results.
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    fireEvent.click(within(more).getByText('More settings'));
    fireEvent.change(within(more).getByLabelText('Seeds per variant'), { target: { value: '3' } });
    expect(screen.getByTestId('variants-progress').textContent).toContain('27 training runs');
  }, 60_000);

  it('speaks Chinese', async () => {
    const { root } = renderVariants({}, 'zh');
    await ready(root);
    expect(screen.getByRole('button', { name: /运行消融实验/ })).toBeTruthy();
    expect(screen.getByTestId('variants-progress').textContent).toContain('共 18 次训练');
    expect(
      within(screen.getByTestId('variants-table')).getByText('去掉遗忘门（f = 1）'),
    ).toBeTruthy();
  });
});
