// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

afterEach(cleanup);
const s = en.playground;

describe('Playground Train panel: the Kalman filters', () => {
  it('offers the EKF’s noise settings instead of an optimiser, and trains a sequence with it', async () => {
    render(
      <LangContext.Provider value="en">
        <WidgetHost
          widget={findWidget('Playground')!}
          props={{
            id: 'Playground',
            algorithm: 'dekf',
            hidden: 3,
            task: 'temporalXor',
            taskParams: '{"length":9}',
          }}
        />
      </LangContext.Provider>,
    );
    const status = await screen.findByTestId('playground-status', {}, { timeout: 20_000 });
    expect(screen.getByText(s.ekfNote)).toBeTruthy();
    expect((screen.getByLabelText(s.ekfP0) as HTMLInputElement).value).toBe('100');
    expect((screen.getByLabelText(s.ekfR) as HTMLInputElement).value).toBe('1');
    expect((screen.getByLabelText(s.ekfQ) as HTMLInputElement).value).toBe('0.0001');
    expect(screen.queryByLabelText(s.optimiser)).toBeNull();
    expect(screen.queryByLabelText(s.lr)).toBeNull();

    fireEvent.change(screen.getByLabelText(s.ekfR), { target: { value: '0' } });
    expect(screen.getByRole('alert').textContent).toBe('Enter a number above 0 and at most 1000.');

    fireEvent.click(screen.getByRole('button', { name: s.step }));
    await waitFor(() => expect(status.dataset['step']).toBe('1'), { timeout: 20_000 });
    expect(Number(status.dataset['loss'])).toBeGreaterThan(0);

    fireEvent.change(screen.getByTestId('playground-algorithm'), { target: { value: 'bptt' } });
    expect(screen.getByLabelText(s.optimiser)).toBeTruthy();
    expect(screen.queryByLabelText(s.ekfP0)).toBeNull();
  }, 40_000);
});
