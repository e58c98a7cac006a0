// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

afterEach(cleanup);

function renderEmbeddings(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Embeddings')!} props={{ id: 'Embeddings-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Embeddings"]') as HTMLElement;
  return { ...utils, root };
}

const cells = (testId: string) =>
  [...screen.getByTestId(testId).querySelectorAll('td[data-value]')].map((td) =>
    Number(td.getAttribute('data-value')),
  );

describe('Embeddings', () => {
  it('shows one-hot similarities of exactly 0, and trains while it says so', async () => {
    const { root } = renderEmbeddings({ words: 'cat dog bread' });
    const status = await screen.findByTestId('training-status', {}, { timeout: 20_000 });
    // One-hot: the identity.
    expect(cells('onehot-sim-table')).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(screen.getByTestId('onehot-stats').textContent).toContain('0.00 within roles, 0.00');
    // The one-hot table: one 1 per row, in the word's own column.
    const rows = [...screen.getByTestId('onehot-table').querySelectorAll('tbody tr')];
    expect(
      rows.map((r) => [...r.querySelectorAll('td')].filter((td) => td.textContent === '1').length),
    ).toEqual([1, 1, 1]);
    const header = [...screen.getByTestId('onehot-table').querySelectorAll('thead th')].map(
      (th) => th.textContent,
    );
    expect(
      rows.map((r) => header[[...r.children].findIndex((c) => c.textContent === '1')]),
    ).toEqual(['cat', 'dog', 'bread']);
    // Training runs (the learned numbers are checked after training in training.test.ts and e2e).
    await waitFor(() => expect(root.dataset['status']).toBe('running'), { timeout: 10_000 });
    await waitFor(() => expect(status.textContent).toMatch(/Training: [1-9]\d* of 200 updates/), {
      timeout: 10_000,
    });
    const bar = screen.getByRole('progressbar', { name: 'Training progress' });
    expect(Number(bar.getAttribute('value'))).toBeGreaterThan(0);
    expect(screen.getByTestId('learned-sim-table').querySelectorAll('td[data-value]')).toHaveLength(
      9,
    );
  }, 60_000);

  it('says which typed words are not in the vocabulary and keeps the others', async () => {
    renderEmbeddings();
    await screen.findByTestId('training-status', {}, { timeout: 20_000 });
    const input = screen.getByLabelText('Your words (from the vocabulary)');
    fireEvent.change(input, { target: { value: 'cat unicorn dog' } });
    expect(screen.getByTestId('unknown').textContent).toContain(
      'Not in the vocabulary: “\u2068unicorn\u2069”',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByTestId('onehot-table').querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('keeps a reader’s U+202E inside its word: the message reads on the right way round (issue 11, item 9)', async () => {
    renderEmbeddings({ words: 'cat \u202Eevil dog unicorn' });
    const unknown = await screen.findByTestId('unknown');
    const isolated = [...unknown.querySelectorAll('bdi')];
    expect(isolated).toHaveLength(1);
    // Each word in its own isolate (U+2068 … U+2069), the list in a <bdi>.
    expect(isolated[0]!.textContent).toBe('“\u2068\u202Eevil\u2069”, “\u2068unicorn\u2069”');
    // The message's own words are outside the isolate, in their order.
    const outside = unknown.textContent!.replace(isolated[0]!.textContent!, '');
    expect(outside).not.toContain('\u202E');
    expect(outside).toMatch(/^Not in the vocabulary: \. The figure shows the others\./);
  });

  it('puts the maps first, then Train, the reader’s words and the presets; the seed under More settings', async () => {
    const { root } = renderEmbeddings({ words: 'cat dog' });
    await screen.findByTestId('training-status', {}, { timeout: 20_000 });
    const layout = root.querySelector('.figure-layout')!;
    expect(layout.firstElementChild!.querySelector('[data-testid="onehot-sim"]')).toBeTruthy();
    expect(
      within(layout.querySelector('.figure-layout__controls') as HTMLElement).getByRole('button', {
        name: 'Train again',
      }),
    ).toBeTruthy();
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    // The reader's words and the presets are main controls: reachable without opening More.
    const controls = layout.querySelector('.figure-layout__controls') as HTMLElement;
    const input = within(controls).getByLabelText('Your words (from the vocabulary)');
    fireEvent.change(input, { target: { value: 'cat dog lion' } });
    expect(screen.getByTestId('onehot-table').querySelectorAll('tbody tr')).toHaveLength(3);
    fireEvent.change(within(controls).getByLabelText('Preset'), { target: { value: 'verbs' } });
    expect((input as HTMLInputElement).value).toBe('eats chews walks runs sees breaks');
    expect(screen.getByTestId('onehot-table').querySelectorAll('tbody tr')).toHaveLength(6);
  });

  it('speaks Chinese on Chinese pages and accepts English words there', async () => {
    renderEmbeddings({ words: 'cat 狗' }, 'zh');
    await screen.findByTestId('training-status', {}, { timeout: 20_000 });
    const rows = screen.getByTestId('onehot-table').querySelectorAll('tbody th');
    expect([...rows].map((r) => r.textContent)).toEqual(['猫', '狗']);
    expect(screen.getByRole('button', { name: '重新训练' })).toBeTruthy();
  });
});
