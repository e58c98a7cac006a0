// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { forward, type Step } from '../../core/handmade';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { formatValue } from './format';
import { recordExample } from './record';

afterEach(cleanup);

async function renderStepper(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('CodeStepper')!} props={{ id: 'CodeStepper-1', ...props }} />
    </LangContext.Provider>,
  );
  await screen.findByTestId('code-listing', {}, { timeout: 5000 });
  await act(async () => {});
  const root = utils.container.querySelector('[data-widget="CodeStepper"]') as HTMLElement;
  expect(root.dataset['status']).toBe('ready');
  return root;
}

const current = () => document.querySelector('[aria-current="step"]') as HTMLElement | null;
const values = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="line-value"]')].map((el) => ({
    name: el.dataset['name'],
    text: el.textContent,
  }));

describe('CodeStepper', { timeout: 20_000 }, () => {
  it('shows the code without region markers and nothing run at the start', async () => {
    await renderStepper();
    const listing = screen.getByTestId('code-listing');
    expect(listing.textContent).toContain('export function forwardStep(');
    expect(listing.textContent).toContain('export function backwardStep(');
    expect(listing.textContent).not.toContain('#region');
    expect(current()).toBeNull();
    expect(values()).toEqual([]);
    expect(screen.getByTestId('code-stepper-position').textContent).toMatch(/Nothing has run yet/);
  });

  it('runs line by line from the keyboard, each value the hand-written code’s', async () => {
    await renderStepper({ seed: 2 });
    const run = recordExample(2);
    const pass = forward(run.model, run.inputs, run.targets, new Float64Array(3));
    const group = screen.getByRole('group', { name: 'Step through the code' });
    // Three lines: s and loss before the loop, then the loop's t = 0; then into forwardStep.
    for (let i = 0; i < 5; i++) fireEvent.keyDown(group, { key: 'ArrowRight' });
    expect(current()!.textContent).toContain('const z = add(add(matVec(m.U, x)');
    expect(current()!.textContent).toMatch(/current line/);
    const step: Step = pass.steps[0]!;
    expect(values()).toContainEqual({ name: 'z', text: `z = ${formatValue(step.z)}` });
    expect(values()).toContainEqual({ name: 'x', text: `x = ${formatValue(step.x)}` });
    const table = screen.getByTestId('code-stepper-variables');
    expect(within(table).getByText(formatValue(step.z))).toBeTruthy();
    fireEvent.keyDown(group, { key: 'End' });
    expect(current()!.textContent).toContain('dsNext = backwardStep(');
    expect(screen.getByTestId('code-stepper-position').textContent).toMatch(/Backward pass, t = 0/);
    fireEvent.keyDown(group, { key: 'Home' });
    expect(current()).toBeNull();
  });

  it('speaks Chinese, and clamps a position past the end to the last line', async () => {
    await renderStepper({ pos: 200 }, 'zh');
    expect(screen.getByTestId('code-stepper-position').textContent).toMatch(/反向传播，t = 0/);
    expect(screen.getByRole('group', { name: '逐行运行代码' })).toBeTruthy();
  });
});
