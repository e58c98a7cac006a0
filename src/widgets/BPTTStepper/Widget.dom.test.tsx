// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { inDocumentOrder } from '../../ui/figure/testing';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { bpttStepperMeta } from './meta';
import { buildBpttModel } from './model';

const defaults = bpttStepperMeta.props.parse({});

afterEach(cleanup);

async function renderStepper(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('BPTTStepper')!} props={{ id: 'BPTTStepper-1', ...props }} />
    </LangContext.Provider>,
  );
  await screen.findByTestId('bptt-table', {}, { timeout: 5000 });
  await act(async () => {});
  const root = utils.container.querySelector('[data-widget="BPTTStepper"]') as HTMLElement;
  expect(root.dataset['status']).toBe('ready');
  return root;
}

const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const rows = () => within(screen.getByTestId('bptt-table')).getAllByRole('row').slice(1);
const cells = (t: number) => [...rows()[t]!.children].map((c) => c.textContent);
const norm = (v: ArrayLike<number>) => Math.hypot(...Array.from(v));

describe('BPTTStepper', { timeout: 20_000 }, () => {
  it('names the kept word in its own isolate when the typed one is refused', async () => {
    await renderStepper();
    fireEvent.change(screen.getByLabelText('Word (5–9 letters a–z)'), {
      target: { value: 'AB' },
    });
    const message = screen.getByText(/Use 5 to 9 lowercase letters/);
    expect(message.textContent).toBe(
      `Use 5 to 9 lowercase letters a–z; the figure keeps “${defaults.word}”.`,
    );
    expect(message.querySelector('bdi')?.textContent).toBe(defaults.word);
  });
  it('puts the chain first, then stepping and truncation; the rest under More settings', async () => {
    const root = await renderStepper();
    const chain = screen.getByTestId('bptt-chain');
    const steps = screen.getByRole('group', { name: 'Forward and backward steps' });
    const k = screen.getByLabelText('Truncation k (steps each error goes back)');
    const more = screen.getByTestId('more-settings') as HTMLDetailsElement;
    const order = [chain, steps, k, screen.getByTestId('bptt-table'), more];
    expect(inDocumentOrder(order)).toBe(true);
    expect(more.open).toBe(false);
    for (const label of ['Word (5–9 letters a–z)', 'Preset', 'Scale of W'])
      expect(more.contains(screen.getByLabelText(label))).toBe(true);
    expect(more.contains(button(/New random weights/))).toBe(true);
    expect(root.contains(more)).toBe(true);
  });

  it('steps forward and back; the table shows the engine’s E_t, ‖δ_t‖ and contributions', async () => {
    await renderStepper();
    const model = buildBpttModel(defaults);
    const T = model.inputs.length;
    expect(cells(0)).toEqual(['0', 'n → e', '–', '–', '–', '–']);
    fireEvent.click(button(/Forward step/));
    expect(cells(0).slice(2)).toEqual([model.trace.losses[0]!.toFixed(4), '–', '–', '–']);
    expect(screen.getByTestId('bptt-position').textContent).toContain('step t = 0 of 5');
    fireEvent.click(button(/Run to the end/));
    for (let t = 0; t < T; t++)
      expect(cells(t).slice(2)).toEqual([
        model.trace.losses[t]!.toFixed(4),
        norm(model.trace.deltas[t]!).toFixed(4),
        model.fullNorms[t]!.toFixed(4),
        model.keptNorms[t]!.toFixed(4),
      ]);
    expect(screen.getByTestId('bptt-summary').textContent).toContain(
      `‖∂E/∂W‖ = ${norm(model.trace.gradW.data).toFixed(4)}`,
    );
    fireEvent.click(button(/Step back/));
    // One step back from the end: δ_0 is not known yet.
    expect(cells(0)[3]).toBe('–');
    expect(cells(1)[3]).toBe(norm(model.trace.deltas[1]!).toFixed(4));
  });

  it('hands focus to “Step back” when “Run to the end” disables itself, and to the step button from “Start”', async () => {
    await renderStepper();
    const toEnd = button(/Run to the end/);
    toEnd.focus();
    fireEvent.click(toEnd);
    expect(toEnd.disabled).toBe(true);
    expect(document.activeElement).toBe(button(/Step back/));
    const start = button(/Start/);
    start.focus();
    fireEvent.click(start);
    expect(start.disabled).toBe(true);
    expect(document.activeElement).toBe(button(/Forward step/));
  });

  it('truncation, a main control, recomputes the kept contributions', async () => {
    await renderStepper({ pos: 12 });
    fireEvent.change(screen.getByLabelText('Truncation k (steps each error goes back)'), {
      target: { value: '2' },
    });
    const cut = buildBpttModel({ ...defaults, k: 2 });
    cut.keptNorms.forEach((v, t) => expect(cells(t)[5]).toBe(v.toFixed(4)));
    expect(screen.getByTestId('bptt-summary').textContent).toContain('truncated to k = 2');
  });

  it('the settings under More settings still work: preset, scale of W and new weights', async () => {
    await renderStepper({ pos: 12 });
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'large' } });
    fireEvent.click(button(/Run to the end/));
    const large = buildBpttModel({ ...defaults, word: 'recurrent', wScale: 2.5 });
    expect(rows()).toHaveLength(8);
    expect(cells(0)[3]).toBe(norm(large.trace.deltas[0]!).toFixed(4));
    fireEvent.change(screen.getByLabelText('Scale of W'), { target: { value: '0.5' } });
    const half = buildBpttModel({ ...defaults, word: 'recurrent', wScale: 0.5 });
    expect(cells(0)[3]).toBe(norm(half.trace.deltas[0]!).toFixed(4));
    fireEvent.click(button(/New random weights/));
    const seed2 = buildBpttModel({ ...defaults, word: 'recurrent', wScale: 0.5, seed: 2 });
    expect(cells(0)[3]).toBe(norm(seed2.trace.deltas[0]!).toFixed(4));
  });

  it('speaks Chinese', async () => {
    await renderStepper({}, 'zh');
    expect(button(/前向一步/)).toBeTruthy();
    expect(screen.getByText('更多设置').tagName).toBe('SUMMARY');
  });
});
