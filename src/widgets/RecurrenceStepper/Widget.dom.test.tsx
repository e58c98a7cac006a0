// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { recurrenceStepperMeta } from './meta';
import { buildStepperModel } from './model';

afterEach(cleanup);

function renderStepper(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('RecurrenceStepper')!}
        props={{ id: 'RecurrenceStepper-1', ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="RecurrenceStepper"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('equation', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

/** The numbers printed in a strip, as the reader sees them (and their full values). */
function strip(testId: string) {
  const cells = [...screen.getByTestId(testId).querySelectorAll('g.cell')];
  return {
    text: cells.map((c) => c.querySelector('text.cell__value')!.textContent),
    values: cells.map((c) => Number(c.getAttribute('data-value'))),
  };
}

describe('RecurrenceStepper', () => {
  it('starts loading, becomes ready, and shows s_0 = tanh(U x_0) from the core engine', async () => {
    const { root } = renderStepper();
    expect(root.dataset['status']).toBe('loading');
    await ready(root);
    const model = buildStepperModel(recurrenceStepperMeta.props.parse({}));
    expect(strip('s').values).toEqual(Array.from(model.steps[0]!.s));
    expect(strip('s').text).toEqual(Array.from(model.steps[0]!.s, (v) => v.toFixed(3)));
    expect(strip('s-prev').values).toEqual([0, 0, 0]);
    expect(screen.getByTestId('position').textContent).toContain('t = 0 of 4');
  });

  it('steps forward and back through the word, carrying s_t into the next step', async () => {
    const { root } = renderStepper();
    await ready(root);
    const model = buildStepperModel(recurrenceStepperMeta.props.parse({}));
    fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    expect(screen.getByTestId('position').textContent).toContain('t = 2 of 4, reading “l”');
    expect(strip('s-prev').values).toEqual(Array.from(model.steps[1]!.s));
    expect(strip('s').values).toEqual(Array.from(model.steps[2]!.s));
    fireEvent.click(screen.getByRole('button', { name: /Step back/ }));
    expect(strip('s').values).toEqual(Array.from(model.steps[1]!.s));
    fireEvent.click(screen.getByRole('button', { name: /t = 0/ }));
    expect(screen.getByRole('button', { name: /Step back/ })).toHaveProperty('disabled', true);
  });

  it('recomputes when a W slider moves, and W = 0 makes the state forget the past', async () => {
    const { root } = renderStepper({ W: [0, 0, 0, 0, 0, 0, 0, 0, 0], t: 3 });
    await ready(root);
    // "hello": t = 3 reads the second "l"; with W = 0 its state equals the first "l"'s at t = 2.
    const forget = strip('s').values;
    fireEvent.click(screen.getByRole('button', { name: /Step back/ }));
    expect(strip('s').values).toEqual(forget);
    fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    const slider = screen.getByLabelText('W row 1, column 1');
    fireEvent.change(slider, { target: { value: '1.5' } });
    const W = [1.5, 0, 0, 0, 0, 0, 0, 0, 0];
    const model = buildStepperModel({ ...recurrenceStepperMeta.props.parse({}), W });
    expect(strip('s').values).toEqual(Array.from(model.steps[3]!.s));
    expect(strip('s').values[0]).not.toBeCloseTo(forget[0]!, 3);
    expect(within(screen.getByTestId('equation')).getAllByText('1.50').length).toBeGreaterThan(0);
  });

  it('keeps the last valid word and says why when the typed word is invalid', async () => {
    const { root } = renderStepper();
    await ready(root);
    const input = screen.getByLabelText('Word (letters a–z)');
    fireEvent.change(input, { target: { value: 'RNN!' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const hint = document.getElementById(input.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toMatch(/the figure keeps “hello”/);
    // The word is the reader's text: isolated, so it cannot turn the message around.
    expect(hint.querySelector('bdi')?.textContent).toBe('hello');
    expect(screen.getByTestId('position').textContent).toContain('of 4');
    fireEvent.change(input, { target: { value: 'rnn' } });
    expect(screen.getByTestId('position').textContent).toContain('of 2');
    expect(strip('x').text).toHaveLength(2); // vocabulary {n, r}
  });

  it('applies a preset from the select, and reset returns to the author’s props', async () => {
    const { root } = renderStepper({ word: 'abc' });
    await ready(root);
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'forgetful' } });
    expect(screen.getAllByText('0.00').length).toBeGreaterThanOrEqual(9);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect((screen.getByLabelText('Preset') as HTMLSelectElement).value).toBe('gentle');
    expect((screen.getByLabelText('Word (letters a–z)') as HTMLInputElement).value).toBe('abc');
  });

  it('lists every step in its numbers table with the engine’s s_t, the shown step marked', async () => {
    const { root } = renderStepper();
    await ready(root);
    const model = buildStepperModel(recurrenceStepperMeta.props.parse({}));
    const table = within(screen.getByTestId('steps-table')).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    rows.forEach((row, k) => {
      const cells = [...row.children].map((c) => c.textContent);
      expect(cells.slice(0, 2)).toEqual([String(k), 'hello'[k]]);
      expect(cells.slice(2, 5)).toEqual(Array.from(model.steps[k]!.s, (v) => v.toFixed(3)));
    });
    fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(rows[0]!.getAttribute('aria-current')).toBeNull();
  });

  it('speaks Chinese on Chinese pages', async () => {
    const { root } = renderStepper({}, 'zh');
    await ready(root);
    expect(screen.getByRole('button', { name: /前进一步/ })).toBeTruthy();
    expect(root.getAttribute('aria-label')).toBe('一步一步看递推');
  });
});
