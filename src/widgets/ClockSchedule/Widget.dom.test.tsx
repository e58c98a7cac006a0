// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { activeModules, clockCounts, engineParameterCounts, runClock } from '../../core/lessons';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

afterEach(cleanup);

async function renderSchedule(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('ClockSchedule')!}
        props={{ id: 'ClockSchedule-1', ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="ClockSchedule"]') as HTMLElement;
  await screen.findByTestId('active-modules', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
  return root;
}

const activeShown = () => screen.getByTestId('active-modules').dataset['active'];
const cell = (row: number, col: number) =>
  Number(
    screen.getByTestId('counts-table').querySelectorAll('tbody tr')[row]!.querySelectorAll('td')[
      col
    ]!.dataset['value'],
  );

describe('ClockSchedule', () => {
  it('steps through time: the modules that run at t are those with t mod T_i = 0', async () => {
    await renderSchedule();
    const forward = screen.getByRole('button', { name: /Step forward/ });
    for (let t = 0; t <= 8; t++) {
      const expected = activeModules([1, 2, 4, 8], t)
        .map((on, i) => (on ? i + 1 : 0))
        .filter(Boolean)
        .join(',');
      expect(activeShown(), `t = ${t}`).toBe(expected);
      if (t < 8) fireEvent.click(forward);
    }
    // The held values are the engine's state at t = 8.
    const run = runClock(
      { periods: [1, 2, 4, 8], unitsPerModule: 2, inputs: 1, outputs: 1 },
      { kind: 'seeded', seed: 1 },
      'wave',
      17,
    );
    const shown = [...screen.getByTestId('module-states').querySelectorAll('li')].flatMap((li) =>
      li.dataset['values']!.split(',').map(Number),
    );
    expect(shown).toEqual(Array.from(run.states[8]!));
  });

  it('counts equal the engine’s, and a typed list of periods is checked in place', async () => {
    await renderSchedule();
    const net = { periods: [1, 2, 4, 8], unitsPerModule: 2, inputs: 1, outputs: 1 };
    expect(cell(2, 0)).toBe(engineParameterCounts(net).clockwork);
    expect(cell(2, 1)).toBe(engineParameterCounts(net).srn);
    expect(cell(4, 0)).toBeCloseTo(clockCounts(net).clockwork.averageWork, 12);

    const field = screen.getByTestId('periods');
    fireEvent.change(field, { target: { value: '4, 2' } });
    expect(screen.getByTestId('periods-message').textContent).toContain('fastest first');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(activeShown()).toBe('1,2,3,4'); // the figure keeps 1, 2, 4, 8
    fireEvent.change(field, { target: { value: '1, 3, 9' } });
    expect(screen.queryByTestId('periods-message')).toBeNull();
    const threes = { ...net, periods: [1, 3, 9] };
    expect(cell(2, 0)).toBe(engineParameterCounts(threes).clockwork);
    fireEvent.change(field, { target: { value: '1, two' } });
    expect(screen.getByTestId('periods-message').textContent).toContain('whole numbers');
  });

  it('the chapter’s preset reproduces the hand-worked table, in Chinese too', async () => {
    await renderSchedule(
      { periods: [1, 2, 4], unitsPerModule: 1, weights: 'hand', input: 'pulse', t: 4 },
      'zh',
    );
    expect(activeShown()).toBe('1,2,3');
    const values = [...screen.getByTestId('module-states').querySelectorAll('li')].map((li) =>
      Number(li.dataset['values']),
    );
    expect(values.map((x) => x.toFixed(3))).toEqual(['0.802', '0.606', '0.363']);
    expect(screen.getByTestId('active-modules').textContent).toContain('模块 1, 2, 3 运行');
  });
});
