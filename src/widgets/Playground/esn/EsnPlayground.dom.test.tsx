// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEsn, defaultEsnConfig, trainReadout } from '../../../core/esn';
import { createRng } from '../../../core/rng';
import { createTask } from '../../../core/tasks';
import { en } from '../../../i18n/en';
import { zh } from '../../../i18n/zh';
import { defaultDataSeed } from '../../../sim/config';
import { LangContext } from '../../../ui/LangContext';
import { WidgetHost } from '../../host/WidgetHost';
import { findWidget } from '../../list';

afterEach(cleanup);

function renderPlayground(props: Record<string, unknown>, lang: 'en' | 'zh' = 'en') {
  return render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Playground')!} props={{ id: 'Playground', ...props }} />
    </LangContext.Provider>,
  );
}

const esnSine = {
  cell: 'esn',
  algorithm: 'ridge',
  task: 'sine',
  esnSize: 20,
  esnWashout: 10,
  seed: 3,
} as const;

describe('Playground with an echo state network', () => {
  it('composes the reservoir, counts trained and fixed weights apart, and fits as the core does', async () => {
    renderPlayground(esnSine);
    const status = await screen.findByTestId('playground-status', {}, { timeout: 10_000 });
    // Trained: W_out 1 × (1 + 1 + 20); fixed: W_in 20 × 2 and W 20 × 20.
    const params = screen.getByTestId('playground-params');
    expect(params.dataset['count']).toBe('22');
    expect(params.dataset['fixed']).toBe(String(20 * 2 + 20 * 20));
    expect(params.textContent).toContain(
      '22 trained readout weights · 440 fixed reservoir weights',
    );
    expect(screen.getByTestId('playground-esn-reservoir').textContent).toMatch(
      /W_in 20×2, W 20×20/,
    );
    expect(screen.getByTestId('playground-esn-readout').textContent).toMatch(/W_out 1×22.*trained/);
    expect(screen.getByTestId('playground-esn-settings')).toBeTruthy();
    expect(screen.queryByTestId('playground-hidden')).toBeNull();
    expect(status.textContent).toBe('Not fitted yet: 22 readout weights to fit.');
    expect(screen.getByText(en.playgroundEsn.ridgeNote)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'One step' }));
    await waitFor(() => expect(status.dataset['step']).toBe('1'), { timeout: 20_000 });
    // The fitted error equals the core's trainReadout on the same reservoir and sequence.
    const config = {
      ...defaultEsnConfig,
      reservoirSize: 20,
      washout: 10,
      seed: 3,
      ridge: defaultEsnConfig.ridge,
    };
    const sample = createTask('sine').sample(createRng(defaultDataSeed(3)));
    const targets = sample.targets.map((y) => y as Float64Array);
    const core = trainReadout(createEsn(config), sample.inputs, targets);
    let sq = 0;
    for (let t = 10; t < targets.length; t++) sq += (core.outputs[t]![0]! - targets[t]![0]!) ** 2;
    expect(Number(status.dataset['loss'])).toBeCloseTo(sq / (targets.length - 10), 12);
    expect(status.textContent).toMatch(/1 sequences seen/);
    expect(screen.getByTestId('playground-states')).toBeTruthy();
    expect(screen.getByTestId('playground-gates-none').textContent).toBe(en.playgroundEsn.noGates);
    expect(screen.getByTestId('playground-gradients-none')).toBeTruthy();
    expect(screen.getByTestId('playground-agreement-none')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reset weights' }));
    await waitFor(() => expect(status.dataset['step']).toBe('0'));
  }, 40_000);

  it('refuses BPTT, TBPTT, RTRL and the EKFs for the ESN with the reason, in both languages', async () => {
    const { unmount } = renderPlayground({ ...esnSine, algorithm: 'bptt' });
    const refused = await screen.findByTestId('playground-refused', {}, { timeout: 10_000 });
    expect(refused.textContent).toContain('An echo state network is not trained by BPTT');
    expect(screen.getByRole('button', { name: 'One step' })).toHaveProperty('disabled', true);
    for (const algorithm of ['tbptt', 'rtrl', 'ekf', 'dekf'] as const) {
      fireEvent.change(screen.getByTestId('playground-algorithm'), {
        target: { value: algorithm },
      });
      await waitFor(() =>
        expect(screen.getByTestId('playground-refused').textContent).toContain(
          `not trained by ${en.playground.algorithms[algorithm]}`,
        ),
      );
    }
    fireEvent.change(screen.getByTestId('playground-algorithm'), { target: { value: 'ridge' } });
    await waitFor(() => expect(screen.queryByTestId('playground-refused')).toBeNull());
    unmount();

    renderPlayground({ ...esnSine, algorithm: 'rtrl' }, 'zh');
    const zhRefused = await screen.findByTestId('playground-refused', {}, { timeout: 10_000 });
    expect(zhRefused.textContent).toContain(
      `回声状态网络不用“${zh.playground.algorithms.rtrl}”训练`,
    );
    expect(screen.getByText(zh.playgroundEsn.settings)).toBeTruthy();
  });

  it('choosing the echo state network picks the ridge readout; leaving it picks BPTT', async () => {
    renderPlayground({ task: 'sine' });
    const cell = await screen.findByTestId('playground-cell', {}, { timeout: 10_000 });
    fireEvent.change(cell, { target: { value: 'esn' } });
    // Waits for the page to say so: on a loaded machine a read right after the change once still
    // saw 'bptt' (the view had not switched yet); a change that was lost would still fail here.
    await waitFor(() =>
      expect((screen.getByTestId('playground-algorithm') as HTMLSelectElement).value).toBe('ridge'),
    );
    expect(screen.getByTestId('playground-diagram').dataset['kind']).toBe('esn');
    fireEvent.change(screen.getByTestId('playground-cell'), { target: { value: 'gru' } });
    await waitFor(() =>
      expect((screen.getByTestId('playground-algorithm') as HTMLSelectElement).value).toBe('bptt'),
    );
  });

  it('says why a softmax head or a washout past every target cannot be', async () => {
    renderPlayground({ ...esnSine, head: 'softmax' });
    const refused = await screen.findByTestId('playground-refused', {}, { timeout: 10_000 });
    expect(refused.textContent).toMatch(/ridge readout is linear, so it has no softmax head/);
    fireEvent.change(screen.getByTestId('playground-head'), { target: { value: 'auto' } });
    fireEvent.change(screen.getByTestId('playground-esnWashout'), { target: { value: '500' } });
    await waitFor(() =>
      expect(screen.getByTestId('playground-refused').textContent).toContain(
        'A washout of 500 steps leaves no step with a target in this task’s sequences (the first target comes at step 0)',
      ),
    );
  });
});
