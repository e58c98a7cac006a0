// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  equalBudgetSizes,
  exponentialPeriods,
  runClockworkWave,
  WAVE_MODELS,
  waveOrdering,
} from '../../core/experiments';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { clockworkWaveMeta } from './meta';

afterEach(cleanup);

const small = { budget: 60, iterations: 20, modules: 4 };

function renderWave(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('ClockworkWave')!}
        props={{ id: 'ClockworkWave-1', ...small, ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="ClockworkWave"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  // The first render loads the widget's code: slow on a busy machine.
  await screen.findByTestId('clockwork-wave-table', {}, { timeout: 20_000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

describe('ClockworkWave', () => {
  it('sizes the three networks to the budget with the engine’s exact counts', async () => {
    const { root } = renderWave();
    await ready(root);
    const sizes = equalBudgetSizes(60, exponentialPeriods(4));
    expect(screen.getByTestId('clockwork-wave-sizes').textContent).toBe(
      `At about 60 parameters: the CW-RNN has ${sizes.clockwork.hiddenSize} units in 4 modules (${sizes.clockwork.parameters} parameters), the SRN ${sizes.srn.hiddenSize} units (${sizes.srn.parameters}), the LSTM ${sizes.lstm.hiddenSize} cells (${sizes.lstm.parameters}).`,
    );
    // Target and three outputs; one strip per module.
    expect(
      root.querySelectorAll('[data-testid="clockwork-wave-chart"] .series-plot__lines path'),
    ).toHaveLength(4);
    expect(root.querySelectorAll('.module-strips__strip')).toHaveLength(4);
  }, 30_000);

  it('trains and tabulates exactly what the core experiment gives, in its order', async () => {
    const { root } = renderWave();
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Train the three networks/ }));
    await screen.findByText('All 20 updates done.', {}, { timeout: 30_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    const result = runClockworkWave(clockworkWaveMeta.props.parse(small));
    const order = waveOrdering(result);
    const rows = within(screen.getByTestId('clockwork-wave-table')).getAllByRole('row').slice(1);
    WAVE_MODELS.forEach((k, i) => {
      const cells = within(rows[i]!).getAllByRole('cell');
      expect(cells[1]!.textContent).toBe(String(result.models[k].parameters));
      expect(cells[2]!.textContent).toBe(
        result.models[k].nmse.toLocaleString('en', { maximumSignificantDigits: 3 }),
      );
      expect(cells[3]!.textContent).toBe(String(order.indexOf(k) + 1));
    });
  }, 40_000);

  it('lets the reader move a drawn target’s points, in Chinese too', async () => {
    const { root } = renderWave({ target: 'drawn' }, 'zh');
    await ready(root);
    const points = screen.getByTestId('clockwork-wave-points');
    const first = within(points).getAllByRole('slider')[1]!;
    const before = root.querySelector('[data-label="目标"]')!.getAttribute('d');
    // What an arrow key or a click on the track does to a range input.
    fireEvent.change(first, { target: { value: '-0.5' } });
    await waitFor(() =>
      expect(root.querySelector('[data-label="目标"]')!.getAttribute('d')).not.toBe(before),
    );
    expect(within(points).getAllByRole('slider')[1]).toHaveProperty('value', '-0.5');
    expect(screen.getByTestId('clockwork-wave-order').textContent).toMatch(/^未训练时/);
  }, 30_000);

  it('pauses, resumes and stops on the reader’s word', async () => {
    const { root } = renderWave({ iterations: 5000 });
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Train the three networks/ }));
    await screen.findByText(/^\d+ of 5000 updates…$/, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    await screen.findByText(/^Paused after \d+ of 5000 updates\.$/, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: /Resume/ }));
    await screen.findByText(/^\d+ of 5000 updates…$/, {}, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: /Stop/ }));
    await screen.findByText(/^Stopped after \d+ of 5000 updates\.$/, {}, { timeout: 10_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
  }, 40_000);
});
