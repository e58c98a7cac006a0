// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import {
  forgetGateExperiment,
  summariseForget,
  tailMean,
  untrainedDrift,
} from '../../core/experiments';
import { forgetGateMeta } from './meta';

afterEach(cleanup);

// A small experiment, so the main-thread fallback (jsdom has no Worker) finishes quickly.
const small = { runs: 1, budget: 250, hidden: 2, stretch: 20, testStrings: 20 };

function renderForget(lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('ForgetGate')!} props={{ id: 'ForgetGate-1', ...small }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="ForgetGate"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('forget-table', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

const fmt = (x: number) => x.toLocaleString('en', { maximumFractionDigits: 3 });

describe('ForgetGate', () => {
  it('states the untrained drift of both cells as the core computes it', async () => {
    const { root } = renderForget();
    await ready(root);
    const settings = forgetGateMeta.props.parse(small);
    const drift = untrainedDrift(settings);
    const text = screen.getByTestId('forget-drift').textContent!;
    expect(text).toContain(`is ${fmt(tailMean(drift.noForget))} without a forget gate`);
    expect(text).toContain(`and ${fmt(tailMean(drift.forget))} with one`);
    expect(tailMean(drift.noForget)).toBeGreaterThan(tailMean(drift.forget));
    // Two lines in the chart, one per cell.
    expect(root.querySelectorAll('.series-plot__lines path')).toHaveLength(2);
  });

  it('runs the experiment and tabulates exactly what the core engine gives', async () => {
    const { root } = renderForget();
    await ready(root);
    fireEvent.click(screen.getByRole('button', { name: /Train both cells/ }));
    await screen.findByText('All 2 runs done.', {}, { timeout: 30_000 });
    await waitFor(() => expect(root.dataset['status']).toBe('ready'));
    const settings = forgetGateMeta.props.parse(small);
    const gen = forgetGateExperiment(settings);
    let step = gen.next();
    while (!step.done) step = gen.next();
    const rows = within(screen.getByTestId('forget-table')).getAllByRole('row').slice(1);
    (['noForget', 'forget'] as const).forEach((cell, i) => {
      const sum = summariseForget(step.value, cell);
      const cells = within(rows[i]!).getAllByRole('cell');
      expect(cells[0]!.textContent).toBe(`${sum.solved} / 1`);
      expect(cells[3]!.textContent).toBe(
        sum.meanDriftEnd.toLocaleString('en', { maximumFractionDigits: 2 }),
      );
    });
    expect(screen.getByTestId('forget-drift').textContent).toMatch(/^The latest trained pair/);
  }, 40_000);

  it('speaks Chinese', async () => {
    const { root } = renderForget('zh');
    await ready(root);
    expect(screen.getByTestId('forget-drift').textContent).toMatch(/无遗忘门为/);
    expect(screen.getByRole('button', { name: /训练两种单元/ })).toBeTruthy();
  });
});
