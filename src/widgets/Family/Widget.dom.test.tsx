// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel } from '../../core/model';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { familyMeta } from './meta';
import { memberSpec } from './members';
import { runMember } from './step';

afterEach(cleanup);

function renderFamily(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Family')!} props={{ id: 'Family-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Family"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('diagram', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

const defaults = familyMeta.props.parse({});
const sizesOf = (p: typeof defaults) => ({
  inputSize: p.inputSize,
  hiddenSize: p.hiddenSize,
  outputSize: p.outputSize,
  layers: p.layers,
  peepholes: p.peepholes,
});

/**
 * The values table as numbers (full precision from data-values) by node id, after checking that
 * each row shows those numbers to three decimals.
 */
function tableValues(): Record<string, number[]> {
  const table = screen.getByTestId('values-table');
  const values = JSON.parse(table.getAttribute('data-values')!) as Record<string, number[]>;
  const shown = [...table.querySelectorAll('tbody tr td:last-child')].map((td) => td.textContent);
  expect(shown).toEqual(
    Object.values(values).map((v) => v.map((x) => x.toFixed(3).replace('-', '−')).join(', ')),
  );
  return values;
}

function openMoreSettings() {
  const more = screen.getByTestId('more-settings');
  expect(more.hasAttribute('open')).toBe(false);
  fireEvent.click(more.querySelector('summary')!);
}

describe('Family', () => {
  it('draws the SRN from the engine and counts its parameters like createModel', async () => {
    const { root } = renderFamily();
    await ready(root);
    const spec = memberSpec('srn', sizesOf(defaults), 1);
    if (spec.kind !== 'model') throw new Error('model expected');
    const size = createModel(spec.spec).layout.size;
    expect(screen.getByTestId('param-count').textContent).toBe(`Trained parameters: ${size}`);
    const nodes = root.querySelectorAll('[data-testid="diagram"] g.family-node');
    expect([...nodes].map((n) => n.getAttribute('data-node')).sort()).toEqual(
      ['l0.fwd.prev', 'l0.fwd.s', 'out', 'x'].sort(),
    );
    expect(screen.getByRole('link', { name: /chapter 2, training/ }).getAttribute('href')).toBe(
      '/en/02-training/',
    );
  });

  it('switches to the LSTM: four gates, a new count, the chapter 3 link', async () => {
    const { root } = renderFamily();
    await ready(root);
    fireEvent.click(screen.getByRole('radio', { name: 'LSTM' }));
    const gates = root.querySelectorAll('g.family-node--gate');
    expect(gates).toHaveLength(4);
    const spec = memberSpec('lstm', sizesOf(defaults), 1);
    if (spec.kind !== 'model') throw new Error('model expected');
    expect(screen.getByTestId('param-count').getAttribute('data-trained')).toBe(
      String(createModel(spec.spec).layout.size),
    );
    expect(screen.getByRole('link', { name: /chapter 3, LSTM/ })).toBeTruthy();
    const peephole = 'path[data-edge$="l0.fwd.cprev>l0.fwd.i"]';
    expect(root.querySelectorAll(peephole)).toHaveLength(0);
    openMoreSettings();
    fireEvent.click(screen.getByLabelText('Peephole connections'));
    expect(root.querySelectorAll(peephole)).toHaveLength(1);
  });

  it('steps one time step and shows the core engine’s values in the table', async () => {
    const { root } = renderFamily({ member: 'gru' });
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    expect(screen.getByTestId('position').textContent).toBe('Time step t = 1 of 5');
    const run = runMember(memberSpec('gru', sizesOf(defaults), 1), 1);
    const expected = Object.fromEntries([...run.steps[1]!].map(([k, v]) => [k, Array.from(v)]));
    expect(tableValues()).toEqual(expected);
    // The animation starts at stage 0: only the inputs are drawn as computed.
    expect(screen.getByTestId('diagram').getAttribute('data-animating')).toBe('true');
    const computed = [...root.querySelectorAll('g.family-node.is-computed')];
    expect(computed.every((n) => n.getAttribute('data-stage') === '0')).toBe(true);
  });

  it('a step button that disables itself hands focus on (issue 11, item 8)', async () => {
    const { root } = renderFamily({ t: 1 });
    await ready(root);
    const first = screen.getByRole('button', { name: /Back to t = 0/ });
    first.focus();
    fireEvent.click(first);
    expect(screen.getByTestId('position').textContent).toBe('Time step t = 0 of 5');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Step forward/ }));
  });

  it('keeps sizes, preset and seed under More settings, and they still work', async () => {
    const { root } = renderFamily();
    await ready(root);
    openMoreSettings();
    fireEvent.change(screen.getByLabelText('Hidden size H'), { target: { value: '6' } });
    const spec = memberSpec('srn', { ...sizesOf(defaults), hiddenSize: 6 }, 1);
    if (spec.kind !== 'model') throw new Error('model expected');
    const layout = createModel(spec.spec).layout;
    expect(screen.getByTestId('param-count').textContent).toBe(
      `Trained parameters: ${layout.size}`,
    );
    // The blocks table lists the engine's layout, block by block.
    const blocks = [...screen.getByTestId('blocks-table').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(blocks).toEqual(
      layout.blocks.map((b) => [
        b.name,
        `${b.rows} × ${b.cols}`,
        String(b.rows * b.cols),
        String(b.rows * b.cols),
      ]),
    );
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'gru' } });
    expect(screen.getByTestId('diagram').getAttribute('data-member')).toBe('gru');
    fireEvent.click(screen.getByRole('button', { name: /New random weights \(seed 1\)/ }));
    const run = runMember(memberSpec('gru', sizesOf(defaults), 2), 2);
    expect(tableValues()).toEqual(
      Object.fromEntries([...run.steps[0]!].map(([k, v]) => [k, Array.from(v)])),
    );
  });

  it('reads a node’s values on focus', async () => {
    const { root } = renderFamily();
    await ready(root);
    const node = root.querySelector('g.family-node[data-node="l0.fwd.s"]') as SVGGElement;
    fireEvent.focus(node);
    const run = runMember(memberSpec('srn', sizesOf(defaults), 1), 1);
    const s = Array.from(run.steps[0]!.get('l0.fwd.s')!, (v) => v.toFixed(3).replace('-', '−'));
    expect(screen.getByTestId('node-readout').textContent).toBe(`sₜ = [${s.join(', ')}]`);
  });

  it('explains the clockwork and ESN counts', async () => {
    const { root } = renderFamily({ member: 'cwrnn', hiddenSize: 8 });
    await ready(root);
    expect(screen.getByTestId('param-explanation').textContent).toMatch(
      /the 24 below the block diagonal of W are fixed at 0/,
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Echo state' }));
    expect(screen.getByTestId('param-count').textContent).toBe(
      `Trained parameters: ${2 * (1 + 3 + 8)}`,
    );
    expect(screen.getByTestId('param-explanation').textContent).toContain(
      `Fixed random weights, never trained: ${8 * 4 + 64}`,
    );
  });

  it('speaks Chinese on Chinese pages', async () => {
    const { root } = renderFamily({}, 'zh');
    await ready(root);
    expect(screen.getByRole('button', { name: /前进一步/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /第 2 章/ }).getAttribute('href')).toBe(
      '/zh/02-training/',
    );
  });
});
