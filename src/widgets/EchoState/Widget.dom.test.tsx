// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { convergenceVerdict, runEchoStateExperiment } from '../../core/experiments';
import { sci } from './format';
import { echoStateMeta } from './meta';

afterEach(cleanup);

// jsdom has no Worker, so the widget computes on the main thread after a macrotask.
const small = { size: 40 };

function renderEcho(props: Record<string, unknown> = small, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('EchoState')!} props={{ id: 'EchoState-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="EchoState"]') as HTMLElement;
  return { ...utils, root };
}

/** Waits for the computation for the current settings to be on screen. */
async function ready(root: HTMLElement) {
  await waitFor(() => expect(root.dataset['status']).toBe('ready'), { timeout: 15000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

// Each test runs the experiment (3000 + 1000 steps, an eigenvalue problem) once or twice on the
// main thread; on a busy machine that takes seconds.
describe('EchoState', { timeout: 60_000 }, () => {
  it('computes and prints the core’s numbers', async () => {
    const { root } = renderEcho();
    await ready(root);
    expect(screen.getByTestId('status').textContent).toBe('');
    const expected = runEchoStateExperiment(echoStateMeta.props.parse(small));
    const nrmse = screen.getByTestId('nrmse');
    expect(Number(nrmse.dataset['value'])).toBe(expected.freeNrmse);
    expect(nrmse.textContent).toContain(`over 1000 steps: ${sci(expected.freeNrmse)}`);
    expect(nrmse.textContent).toContain(`teacher-forced fit: ${sci(expected.trainNrmse)}`);
    expect(nrmse.textContent).toContain('it keeps generating the sine');
    expect(screen.getByTestId('rho').textContent).toBe(
      `ρ requested 0.90; measured from the 40 eigenvalues of W: ${expected.measuredRho.toPrecision(6)}.`,
    );
    const verdict = screen.getByTestId('verdict');
    expect(verdict.dataset['verdict']).toBe('forgets');
    expect(verdict.textContent).toContain(`distance ${sci(expected.distance.at(-1)!)} after 500`);
    // Plots: two lines on the output plot, one per unit on the traces, one eigenvalue dot each.
    expect(
      screen.getByTestId('output-plot').querySelectorAll('.series-plot__lines path'),
    ).toHaveLength(2);
    expect(
      screen.getByTestId('traces-plot').querySelectorAll('.series-plot__lines path'),
    ).toHaveLength(5);
    expect(
      screen.getByTestId('eigenvalues').querySelectorAll('.complex-plane__points circle'),
    ).toHaveLength(40);
    expect(screen.getByText('unit 5')).toBeTruthy();
    // The numbers table holds the same engine values.
    const cells = within(screen.getByTestId('echo-table'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      sci(expected.freeNrmse),
      sci(expected.trainNrmse),
      expected.measuredRho.toPrecision(6),
      sci(expected.distance[0]!),
      sci(expected.distance.at(-1)!),
    ]);
    // Picture first, then ρ, the readout, the table; the other settings under More settings.
    const order = [
      screen.getByTestId('output-plot'),
      screen.getByLabelText('Spectral radius ρ'),
      screen.getByTestId('nrmse'),
      screen.getByTestId('echo-table'),
      screen.getByTestId('more-settings'),
    ];
    for (let k = 1; k < order.length; k++)
      expect(
        order[k - 1]!.compareDocumentPosition(order[k]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.contains(screen.getByLabelText('Ridge λ of the readout'))).toBe(true);
  });

  it('moving ρ to 1.5 shows `running`, recomputes, and the two copies no longer forget their start', async () => {
    const { root } = renderEcho();
    await ready(root);
    fireEvent.change(screen.getByLabelText('Spectral radius ρ'), { target: { value: '1.5' } });
    expect(root.dataset['status']).toBe('running');
    expect(screen.getByTestId('status').textContent).toContain('3000 teacher-forced steps');
    await ready(root);
    expect(screen.getByTestId('status').textContent).toBe('');
    const expected = runEchoStateExperiment({ ...echoStateMeta.props.parse(small), rho: 1.5 });
    expect(convergenceVerdict(expected.distance)).toBe('remembers');
    const verdict = screen.getByTestId('verdict');
    expect(verdict.dataset['verdict']).toBe('remembers');
    expect(verdict.textContent).toMatch(/^Does not forget its start: distance still/);
    expect(Number(verdict.dataset['distance'])).toBe(expected.distance.at(-1));
    expect(Number(screen.getByTestId('nrmse').dataset['value'])).toBe(expected.freeNrmse);
    expect(screen.getByTestId('rho').textContent).toContain('ρ requested 1.50');
  });

  it('says in place when λ is too small to fit the readout, and recovers when it is raised', async () => {
    const { root } = renderEcho({ ...small, ridge: 1e-12 });
    await ready(root);
    expect(screen.getByTestId('error').textContent).toContain('λ = 1.0e-12 is too small');
    expect(screen.queryByTestId('nrmse')).toBeNull();
    fireEvent.change(screen.getByLabelText('Ridge λ of the readout'), {
      target: { value: '-600' },
    });
    await ready(root);
    expect(screen.queryByTestId('error')).toBeNull();
    expect(Number(screen.getByTestId('nrmse').dataset['value'])).toBeLessThan(1e-3);
  });

  it('applies a preset, shows the leaky update’s spectral radius, and speaks Chinese', async () => {
    const { root } = renderEcho(small, 'zh');
    await ready(root);
    fireEvent.change(screen.getByLabelText('预设'), { target: { value: 'leaky' } });
    await ready(root);
    expect((screen.getByLabelText('泄漏率 a') as HTMLInputElement).value).toBe('0.2');
    const expected = runEchoStateExperiment({ ...echoStateMeta.props.parse({}), leak: 0.2 });
    expect(screen.getByTestId('leaky-rho').textContent).toContain(expected.leakyRho.toPrecision(4));
    expect(screen.getByTestId('verdict').textContent).toMatch(/^忘掉了起点/);
  });
});
