// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { runCounter } from '../../core/experiments';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { counterMeta } from './meta';

afterEach(cleanup);

const small = { trainMaxN: 4, testMaxN: 20, hidden: 2, budget: 400 };

function renderCounter(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Counter')!} props={{ id: 'Counter-1', ...small, ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Counter"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('counter-table', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

describe('Counter', () => {
  it('trains both networks and shows exactly what the core engine gives', async () => {
    const { root } = renderCounter({ language: 'anbncn' });
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Train both/ }));
    await screen.findByText('Both trained and tested.', {}, { timeout: 30_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    const [lstm, gru] = runCounter(counterMeta.props.parse({ ...small, language: 'anbncn' }));
    expect(screen.getByTestId('counter-verdict').textContent).toBe(
      `Trained on n ≤ 4: the LSTM gets every string right up to n = ${lstm!.longestRight}, the GRU up to n = ${gru!.longestRight}.`,
    );
    const rows = within(screen.getByTestId('counter-table')).getAllByRole('row').slice(1);
    [lstm!, gru!].forEach((want, i) => {
      const cells = within(rows[i]!).getAllByRole('cell');
      expect(cells[0]!.textContent).toBe(String(want.longestRight));
      expect(cells[1]!.textContent).toBe(`${want.right.filter(Boolean).length} / 20`);
    });
    // One trace per network, a point per symbol of the n = 12 string (S and 3·12 letters).
    for (const cell of ['lstm', 'gru']) {
      const path = root.querySelector(`[data-series="${cell}"] path`)!.getAttribute('d')!;
      expect(path.split(/[ML]/).filter(Boolean)).toHaveLength(3 * 12 + 1);
    }
  }, 40_000);

  it('pauses on the reader’s word and says so; speaks Chinese', async () => {
    const { root } = renderCounter({ budget: 20000 }, 'zh');
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /训练两个网络/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('running'));
    fireEvent.click(screen.getByRole('button', { name: /暂停/ }));
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    expect(screen.getByTestId('counter-progress').textContent).toBe('已暂停。');
    fireEvent.click(screen.getByRole('button', { name: /停止/ }));
  }, 30_000);
});
