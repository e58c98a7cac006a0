// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { fmtNorm, tableLags } from './format';
import { gradientFlowMeta } from './meta';
import { measureJacobians } from '../../core/experiments';

afterEach(cleanup);

const defaults = gradientFlowMeta.props.parse({});

function renderFlow(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('GradientFlow')!} props={{ id: 'GradientFlow-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="GradientFlow"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('lag-table', {}, { timeout: 8000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

/** The numbers table's cells of one lag: measured, (γρ)^lag, (γ‖W‖₂)^lag. */
function lagCells(lag: number) {
  const rows = within(screen.getByTestId('lag-table')).getAllByRole('row');
  const row = rows.find((r) => r.querySelector('th')?.textContent === String(lag))!;
  return [...row.querySelectorAll('td')];
}

function expectTable(p: typeof defaults) {
  const m = measureJacobians(p);
  expect(within(screen.getByTestId('lag-table')).getAllByRole('row')).toHaveLength(
    tableLags(p.T).length + 1,
  );
  for (const lag of tableLags(p.T)) {
    const [measured, rho, sigma] = lagCells(lag);
    expect(Number(measured!.getAttribute('data-value'))).toBe(m.measured[lag]);
    expect(measured!.textContent).toBe(fmtNorm(m.measured[lag]!));
    expect(rho!.textContent).toBe(fmtNorm(m.boundRho[lag]!));
    expect(sigma!.textContent).toBe(fmtNorm(m.boundSigma[lag]!));
  }
  return m;
}

describe('GradientFlow', { timeout: 30_000 }, () => {
  it('shows the core’s Jacobian-product norms and both curves, with ρ and ‖W‖₂ in the caption', async () => {
    const { root } = renderFlow({ T: 30, hidden: 8 });
    await ready(root);
    const m = expectTable({ ...defaults, T: 30, hidden: 8 });
    expect(screen.getByTestId('caption').textContent).toContain(`ρ = ${m.rho.toFixed(3)}`);
    expect(screen.getByTestId('caption').textContent).toContain(`‖W‖₂ = ${m.sigma.toFixed(3)}`);
    expect(screen.getByTestId('verdict').textContent).toContain('vanishes');
    const chart = screen.getByTestId('lag-chart');
    expect(chart.querySelectorAll('.series--measured circle')).toHaveLength(30);
    expect(chart.querySelector('.series--rho path')!.getAttribute('stroke-dasharray')).toBe('7 4');
  });

  it('recomputes for another activation and for an orthogonal W (then the two curves agree)', async () => {
    const { root } = renderFlow({ T: 20, hidden: 6 });
    await ready(root);
    fireEvent.change(screen.getByLabelText('Activation f'), { target: { value: 'linear' } });
    fireEvent.change(screen.getByLabelText('W drawn as'), { target: { value: 'orthogonal' } });
    // The measurement is a background job: the table follows when it is done.
    const m = await waitFor(
      () =>
        expectTable({ ...defaults, T: 20, hidden: 6, activation: 'linear', init: 'orthogonal' }),
      { timeout: 8000 },
    );
    expect(m.rho).toBeCloseTo(m.sigma, 8);
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
  });

  it('follows a slider once it comes to rest (no recomputation per intermediate value)', async () => {
    const { root } = renderFlow({ T: 20, hidden: 6 });
    await ready(root);
    const slider = screen.getByRole('slider', { name: /Hidden units/ });
    fireEvent.change(slider, { target: { value: '7' } });
    fireEvent.change(slider, { target: { value: '8' } });
    expect((slider as HTMLInputElement).value).toBe('8');
    // Still the table of 6 units right after the moves…
    expectTable({ ...defaults, T: 20, hidden: 6 });
    // …and the core's numbers for 8 units once the slider has settled.
    await waitFor(() => expectTable({ ...defaults, T: 20, hidden: 8 }), { timeout: 8000 });
  });

  it('trains one column on demand, and the LSTM toggle adds its heatmap', async () => {
    const { root } = renderFlow({ T: 12, hidden: 4, every: 5 });
    await ready(root);
    const heat = screen.getByTestId('heatmap-srn');
    expect(heat.dataset['columns']).toBe('1');
    expect(heat.querySelectorAll('rect[data-value]')).toHaveLength(12);
    const svg = heat.querySelector('svg');
    fireEvent.click(screen.getByRole('button', { name: 'One column' }));
    await screen.findByText(/2 of 40 columns, 5 training steps/, {}, { timeout: 15_000 });
    expect(screen.getByTestId('heatmap-srn').dataset['columns']).toBe('2');
    // The new column is drawn into the same chart (not a new one per column), its cells titled
    // with the step it was measured at; the first column's titles still say step 0.
    expect(heat.querySelector('svg')).toBe(svg);
    const cells = heat.querySelectorAll('rect[data-value]');
    expect(cells).toHaveLength(24);
    expect(cells[12]!.textContent).toMatch(/^step 5, t = 0: /);
    expect(cells[0]!.textContent).toMatch(/^step 0, t = 0: /);
    fireEvent.click(screen.getByLabelText('Train an LSTM of the same size beside the SRN'));
    expect(screen.getByTestId('heatmap-lstm').dataset['columns']).toBe('1');
    // A changed setting starts training over.
    expect(screen.getByTestId('heatmap-srn').dataset['columns']).toBe('1');
  });

  it('puts the picture and ρ first; size, length and training settings under More settings', async () => {
    const { root } = renderFlow({ T: 20, hidden: 6 });
    await ready(root);
    const layout = root.querySelector('.figure-layout')!;
    expect(layout.firstElementChild!.querySelector('[data-testid="lag-chart"]')).toBeTruthy();
    const main = layout.querySelector('.figure-layout__controls')!;
    expect(
      within(main as HTMLElement).getByRole('slider', { name: /Spectral radius/ }),
    ).toBeTruthy();
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    for (const name of [
      /Hidden units/,
      /Sequence length T/,
      /Learning rate/,
      /Training steps per column/,
    ])
      expect(within(more).getByRole('slider', { name, hidden: true })).toBeTruthy();
    // Still reachable and working: the sequence length moved from More settings.
    fireEvent.click(more.querySelector('summary')!);
    fireEvent.change(within(more).getByRole('slider', { name: /Sequence length T/ }), {
      target: { value: '30' },
    });
    await waitFor(() => expectTable({ ...defaults, T: 30, hidden: 6 }), { timeout: 8000 });
  });

  it('speaks Chinese on Chinese pages', async () => {
    const { root } = renderFlow({ T: 10, hidden: 4 }, 'zh');
    await ready(root);
    expect(screen.getByRole('button', { name: '训练一列' })).toBeTruthy();
    expect(root.getAttribute('aria-label')).toBe(gradientFlowMeta.title.zh);
  });
});
