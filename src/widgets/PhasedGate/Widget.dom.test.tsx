// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { timeGate } from '../../core/lessons';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

afterEach(cleanup);

async function renderGate(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('PhasedGate')!} props={{ id: 'PhasedGate-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="PhasedGate"]') as HTMLElement;
  await screen.findByTestId('gate-summary', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
  return root;
}

describe('PhasedGate', () => {
  it('shows k_t at the whole steps of a period as the core computes it, beside the clockwork ticks', async () => {
    const gate = { period: 6, shift: 1.5, openRatio: 0.5, leak: 0.05 };
    await renderGate(gate);
    const rows = [...screen.getByTestId('gate-table').querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(7);
    rows.forEach((row, t) => {
      const cells = row.querySelectorAll('td');
      expect(Number(cells[2]!.dataset['value'])).toBe(timeGate(gate, t));
      expect(cells[3]!.textContent).toBe(t % 6 === 0 ? '■ runs' : '□ holds');
    });
    const dots = [
      ...screen.getByTestId('gate-plot').querySelectorAll('circle.time-gate-plot__step'),
    ];
    expect(dots).toHaveLength(18);
    dots.forEach((d, t) => expect(Number(d.getAttribute('data-value'))).toBe(timeGate(gate, t)));
    expect(screen.getByTestId('gate-summary').textContent).toContain('t = 0, 6, 12');
  });

  it('speaks Chinese', async () => {
    await renderGate({}, 'zh');
    expect(screen.getByTestId('gate-summary').textContent).toContain('时钟模块在其中 3 步运行');
  });
});
