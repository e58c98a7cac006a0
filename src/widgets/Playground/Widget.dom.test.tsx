// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createModel, parameterCount } from '../../core/model';
import { createTask } from '../../core/tasks';
import { format } from '../../i18n';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { LangContext } from '../../ui/LangContext';
import { englishWords } from '../../ui/testing/englishWords';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

afterEach(cleanup);

function renderPlayground(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Playground')!} props={{ id: 'Playground', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="Playground"]') as HTMLElement;
  return { ...utils, root };
}

describe('Playground', () => {
  it('draws the model with the engine’s parameter count, trains one step, and resets', async () => {
    const { root } = renderPlayground({
      hidden: 5,
      cell: 'gru',
      task: 'latch',
      taskParams: '{"T":6}',
    });
    const status = await screen.findByTestId('playground-status', {}, { timeout: 10_000 });
    await act(async () => {});
    expect(root.dataset['status']).toBe('ready');
    const task = createTask('latch', { T: 6 });
    const model = createModel({
      cell: { kind: 'gru' },
      inputSize: task.inputSize,
      hiddenSize: 5,
      outputSize: task.outputSize,
      layers: 1,
      bidirectional: false,
      output: 'sigmoid',
    });
    const count = parameterCount(model);
    expect(screen.getByTestId('playground-params').dataset['count']).toBe(String(count));
    expect(status.textContent).toContain(`${count} parameters`);
    expect(screen.getByTestId('playground-preview').dataset['steps']).toBe(
      String(task.sample({ next: () => 0.5 } as never).inputs.length),
    );

    fireEvent.click(screen.getByRole('button', { name: 'One step' }));
    await waitFor(() => expect(status.dataset['step']).toBe('1'), { timeout: 20_000 });
    expect(Number(status.dataset['loss'])).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Reset weights' }));
    await waitFor(() => expect(status.dataset['step']).toBe('0'), { timeout: 10_000 });
  }, 40_000);

  it('refuses an unsupported combination with the engine’s reason and disables training', async () => {
    renderPlayground({ cell: 'jordan', layers: 2 });
    const refused = await screen.findByTestId('playground-refused', {}, { timeout: 10_000 });
    expect(refused.textContent).toContain(en.playground.problems.modelSpec.jordanLayers);
    expect(screen.getByRole('button', { name: 'One step' })).toHaveProperty('disabled', true);
    fireEvent.change(screen.getByTestId('playground-layers'), { target: { value: '1' } });
    await waitFor(() => expect(screen.queryByTestId('playground-refused')).toBeNull());
  });

  it('keeps the last valid value while a typed one is not allowed, and says what is', async () => {
    renderPlayground();
    const lr = await screen.findByTestId('playground-lr', {}, { timeout: 10_000 });
    fireEvent.change(lr, { target: { value: 'NaN' } });
    expect(screen.getByRole('alert').textContent).toBe(
      'Enter a learning rate above 0 and at most 10.',
    );
    expect(lr.getAttribute('aria-invalid')).toBe('true');
    const text = screen.getByTestId('playground-status').textContent;
    expect(text).toMatch(/Not trained yet/);
    fireEvent.change(screen.getByTestId('playground-task'), { target: { value: 'charCorpus' } });
    const corpus = screen.getByTestId('playground-param-text');
    fireEvent.change(corpus, { target: { value: 'x'.repeat(10001) } });
    expect(
      screen.getAllByRole('alert').some((a) => /1 to 10000 characters/.test(a.textContent!)),
    ).toBe(true);
  });

  it('a task switch is a checkbox: random lengths reach the preview, nothing is refused', async () => {
    renderPlayground({ task: 'twoSequence', taskParams: '{"T":20}' });
    const random = await screen.findByTestId(
      'playground-param-randomLength',
      {},
      { timeout: 10_000 },
    );
    expect(random).toHaveProperty('checked', false);
    expect(screen.getByTestId('playground-preview').dataset['steps']).toBe('20');
    fireEvent.click(random);
    await waitFor(() => expect(random).toHaveProperty('checked', true));
    expect(screen.queryByTestId('playground-refused')).toBeNull();
    expect(
      Number(screen.getByTestId('playground-preview').dataset['steps']),
    ).toBeGreaterThanOrEqual(20);
    expect(Number(screen.getByTestId('playground-preview').dataset['steps'])).toBeLessThanOrEqual(
      22,
    );
    fireEvent.click(random);
    await waitFor(() =>
      expect(screen.getByTestId('playground-preview').dataset['steps']).toBe('20'),
    );
  });

  it('on a Chinese page, RTRL with a batch of 8 is refused in Chinese, asking for batch size 1', async () => {
    renderPlayground({}, 'zh');
    const algorithm = await screen.findByTestId('playground-algorithm', {}, { timeout: 10_000 });
    fireEvent.change(algorithm, { target: { value: 'rtrl' } });
    fireEvent.change(screen.getByTestId('playground-batch'), { target: { value: '8' } });
    const refused = await screen.findByTestId('playground-refused', {}, { timeout: 10_000 });
    const text = refused.textContent!;
    expect(text).toContain(
      format(zh.playground.problems.training.onlineBatch, {
        algorithm: zh.playground.algorithms.rtrl,
        batchSize: '8',
      }),
    );
    expect(text).toMatch(/批大小设为 1/);
    expect(englishWords(text)).toEqual([]);
    expect(screen.getByRole('button', { name: '走一步' })).toHaveProperty('disabled', true);
  });

  it('speaks Chinese on Chinese pages', async () => {
    renderPlayground({}, 'zh');
    const status = await screen.findByTestId('playground-status', {}, { timeout: 10_000 });
    expect(status.textContent).toMatch(/尚未训练/);
    expect(screen.getByRole('button', { name: '走一步' })).toBeTruthy();
  });

  it('names the task in Chinese where it lists the task’s parameters', async () => {
    renderPlayground({ task: 'twoSequence' }, 'zh');
    await screen.findByTestId('playground-param-randomLength', {}, { timeout: 10_000 });
    const hint = screen.getByText(/的参数；默认值：/);
    expect(hint.textContent).toContain(`“${zh.playground.tasks.twoSequence}”的参数`);
    expect(englishWords(zh.playground.tasks.twoSequence!)).toEqual([]);
  });
});
