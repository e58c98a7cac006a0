// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { buildUnrollModel } from './model';

afterEach(cleanup);

const EN = 'The cat sat on the mat.';

function renderUnroll(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Unroll')!} props={{ id: 'Unroll-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Unroll"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('equation', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

const copies = (root: HTMLElement) => [...root.querySelectorAll<SVGGElement>('g.copy')];
const stateShown = () =>
  [...screen.getByTestId('state').querySelectorAll('g.cell')].map((c) =>
    Number(c.getAttribute('data-value')),
  );

// jsdom with KaTeX and the whole widget host is slow on a loaded machine: allow 30 s per test.
describe('Unroll', { timeout: 30_000 }, () => {
  it('unrolls the preset sentence into six copies whose strips hold the core engine’s s_t', async () => {
    const { root } = renderUnroll();
    await ready(root);
    const model = buildUnrollModel({ sentence: EN, hidden: 4, seed: 1 });
    expect(copies(root)).toHaveLength(6);
    copies(root).forEach((g, t) => {
      const cells = [...g.querySelectorAll('rect.copy__cell')].map((r) =>
        Number(r.getAttribute('data-value')),
      );
      expect(cells).toEqual(Array.from(model.steps[t]!.s));
      expect(g.querySelector('text.copy__in')!.textContent).toBe(model.tokens[t]);
    });
    expect(stateShown()).toEqual(Array.from(model.steps[2]!.s));
    expect(copies(root)[2]!.getAttribute('aria-selected')).toBe('true');
    expect(copies(root)[2]!.getAttribute('aria-label')).toContain('Step 2, reads “sat”');
    // The copies stand side by side, one spacing apart.
    const xs = copies(root).map((g) => Number(g.getAttribute('data-x')));
    expect(new Set(xs).size).toBe(6);
  });

  it('tables every copy’s s_t from the engine, one row per copy, the shown step marked', async () => {
    const { root } = renderUnroll();
    await ready(root);
    const model = buildUnrollModel({ sentence: EN, hidden: 4, seed: 1 });
    const rows = () => [...screen.getByTestId('states-table').querySelectorAll('tbody tr')];
    expect(rows()).toHaveLength(6);
    rows().forEach((row, t) => {
      const cells = [...row.children].map((c) => c.textContent);
      expect(cells.slice(0, 2)).toEqual([String(t), model.tokens[t]]);
      expect(cells.slice(2, 6)).toEqual(Array.from(model.steps[t]!.s, (v) => v.toFixed(3)));
    });
    expect(rows()[2]!.getAttribute('aria-current')).toBe('true');
    fireEvent.change(screen.getByLabelText('Copies T'), { target: { value: '3' } });
    expect(rows()).toHaveLength(3);
  });

  it('draws T copies for the T slider and moves between steps with the arrow keys', async () => {
    const { root } = renderUnroll();
    await ready(root);
    fireEvent.change(screen.getByLabelText('Copies T'), { target: { value: '3' } });
    expect(copies(root)).toHaveLength(3);
    expect(root.querySelectorAll('g.between')).toHaveLength(2);
    const model = buildUnrollModel({ sentence: EN, hidden: 4, seed: 1 });
    const focused = copies(root)[2]!;
    expect(focused.getAttribute('tabindex')).toBe('0');
    focused.focus();
    fireEvent.keyDown(focused, { key: 'ArrowLeft' });
    expect(stateShown()).toEqual(Array.from(model.steps[1]!.s));
    expect(document.activeElement).toBe(copies(root)[1]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(stateShown()).toEqual(Array.from(model.steps[0]!.s));
    expect(screen.getByTestId('equation').textContent).toContain('s−1');
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(stateShown()).toEqual(Array.from(model.steps[2]!.s));
    fireEvent.mouseEnter(copies(root)[0]!);
    expect(stateShown()).toEqual(Array.from(model.steps[0]!.s));
  });

  it('folds into one cell with a loop, and unrolls again', async () => {
    const { root } = renderUnroll();
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: 'Fold into a loop' }));
    const xs = copies(root).map((g) => Number(g.getAttribute('data-x')));
    expect(new Set(xs).size).toBe(1);
    const visible = copies(root).filter((g) => g.getAttribute('aria-hidden') !== 'true');
    expect(visible.map((g) => g.dataset['step'])).toEqual(['2']);
    expect(root.querySelector<SVGGElement>('g.unroll__loop')!.style.opacity).toBe('1');
    expect(screen.getByText(/Folded: one cell, shown at step 2/)).toBeTruthy();
    fireEvent.focus(screen.getByRole('button', { name: /every use of U/ }));
    expect(screen.getByTestId('lit').textContent).toContain(
      'U (input → state) is lit: one 4 × 5 matrix',
    );
    fireEvent.blur(screen.getByRole('button', { name: /every use of U/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Unroll the loop' }));
    expect(root.querySelector<SVGGElement>('g.unroll__loop')!.style.opacity).toBe('0');
    expect(copies(root).every((g) => g.getAttribute('aria-hidden') !== 'true')).toBe(true);
  });

  it('lights every use of a shared matrix at once, and says so in text', async () => {
    const { root } = renderUnroll();
    await ready(root);
    fireEvent.focus(screen.getByRole('button', { name: /every use of W/ }));
    const lit = [...root.querySelectorAll('.between .edge--lit')];
    expect(lit).toHaveLength(5);
    expect(root.querySelectorAll('.copy .edge--lit')).toHaveLength(0);
    expect(screen.getByTestId('lit').textContent).toContain(
      'W (state → next state) is lit in all 5',
    );
    expect(screen.getByTestId('lit').textContent).toContain('4 × 4 matrix');
    fireEvent.blur(screen.getByRole('button', { name: /every use of W/ }));
    expect(root.querySelectorAll('.edge--lit')).toHaveLength(0);
    const u = screen.getByRole('button', { name: /every use of U/ });
    fireEvent.click(u);
    expect(u.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelectorAll('.copy .edge--U.edge--lit')).toHaveLength(6);
    expect(screen.getByTestId('lit').textContent).toContain('4 × 5 matrix');
  });

  it('keeps the last sentence and says why when the typed one is unusable', async () => {
    const { root } = renderUnroll();
    await ready(root);
    const input = screen.getByLabelText('Sentence');
    fireEvent.change(input, { target: { value: '?!' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/the figure keeps “The cat sat on the mat.”/)).toBeTruthy();
    expect(copies(root)).toHaveLength(6);
    fireEvent.change(input, {
      target: { value: 'one two three four five six seven eight nine ten eleven twelve thirteen' },
    });
    expect(screen.getByText(/Use at most 12 words/)).toBeTruthy();
    fireEvent.change(input, { target: { value: 'Dogs bark' } });
    expect(input.getAttribute('aria-invalid')).toBe('false');
    expect(copies(root)).toHaveLength(2);
    expect(copies(root)[1]!.getAttribute('aria-label')).toContain('reads “bark”');
  });

  it('reads the Chinese preset character by character on Chinese pages', async () => {
    const { root } = renderUnroll({}, 'zh');
    await ready(root);
    expect(copies(root).map((g) => g.querySelector('text.copy__in')!.textContent)).toEqual([
      '今',
      '天',
      '天',
      '气',
      '很',
      '好',
    ]);
    const model = buildUnrollModel({ sentence: '今天天气很好。', hidden: 4, seed: 1 });
    expect(stateShown()).toEqual(Array.from(model.steps[2]!.s));
    expect(root.getAttribute('aria-label')).toBe('把循环展开');
  });
});
