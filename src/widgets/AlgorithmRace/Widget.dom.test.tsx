// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { costsAt } from '../../core/experiments';
import { findWidget } from '../list';

afterEach(cleanup);

function renderRace(props: Record<string, unknown> = {}) {
  const utils = render(
    <LangContext.Provider value="en">
      <WidgetHost
        widget={findWidget('AlgorithmRace')!}
        props={{ id: 'AlgorithmRace-1', ...props }}
      />
    </LangContext.Provider>,
  );
  return utils.container.querySelector('[data-widget="AlgorithmRace"]') as HTMLElement;
}

describe('AlgorithmRace', () => {
  it('races on the main thread where there is no worker, and pauses and resets', async () => {
    const root = renderRace({ hidden: 2, length: 10 });
    await screen.findByTestId('race-table', {}, { timeout: 5000 });
    await act(async () => {});
    fireEvent.click(screen.getByRole('button', { name: /Start the race/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    await screen.findByText(/Racing… [1-9]\d* sequences each/, {}, { timeout: 10_000 });
    await waitFor(
      () =>
        expect(Number(screen.getByTestId('race-agreement').dataset['relative'])).toBeLessThan(1e-9),
      { timeout: 10_000 },
    );
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    expect(screen.getByTestId('race-status').textContent).toMatch(
      /Paused after \d+ sequences each/,
    );
    const cells = within(screen.getByTestId('race-table')).getAllByRole('row')[1]!;
    expect(within(cells).getAllByRole('cell')[0]!.textContent).not.toBe('–');
    const reset = screen.getByRole('button', { name: /Reset the race/ });
    reset.focus();
    fireEvent.click(reset);
    expect(screen.getByTestId('race-status').textContent).toContain('Press “Start”');
    // Reset disables itself: focus goes to the start button, not to the page.
    expect((reset as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Start the race/ }));
  }, 30_000);

  it('puts the loss curves first, Start under them, and the settings under More settings', async () => {
    const root = renderRace();
    await screen.findByTestId('race-table', {}, { timeout: 5000 });
    const order = [
      screen.getByTestId('loss-charts'),
      screen.getByRole('button', { name: /Start the race/ }),
      screen.getByTestId('race-agreement'),
      screen.getByTestId('race-table'),
      screen.getByTestId('more-settings'),
    ];
    for (let k = 1; k < order.length; k++)
      expect(
        order[k - 1]!.compareDocumentPosition(order[k]!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    fireEvent.click(within(more).getByText('More settings'));
    const hidden = within(more).getByLabelText('Hidden units n');
    fireEvent.change(hidden, { target: { value: '6' } });
    // The table's counted costs follow the setting that moved under More settings.
    const rtrl = within(screen.getByTestId('race-table')).getAllByRole('row')[3]!;
    expect(within(rtrl).getAllByRole('cell')[3]!.textContent).toBe(
      Math.round(costsAt(6, 30, 5).rtrl.multiplyAdds).toLocaleString('en'),
    );
    expect(root.dataset['status']).toBe('ready');
  });
});
