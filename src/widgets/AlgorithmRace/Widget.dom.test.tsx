// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
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
    fireEvent.click(screen.getAllByRole('button', { name: /Reset/ }).at(-1)!);
    expect(screen.getByTestId('race-status').textContent).toContain('Press “Start”');
  }, 30_000);
});
