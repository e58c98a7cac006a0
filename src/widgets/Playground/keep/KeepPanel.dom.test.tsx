// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expectedLoss } from '../../../sim';
import { LangContext } from '../../../ui/LangContext';
import { WidgetHost } from '../../host/WidgetHost';
import { findWidget } from '../../list';
import { compose } from '../compose';
import { STORAGE_KEY } from './browserStore';
import { readModelFile, writeModelFile } from './modelFile';

const home = window.location.href;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  localStorage.clear();
  window.history.replaceState(null, '', home);
});

const small = { cell: 'srn', hidden: 4, task: 'latch', taskParams: '{"T":6}' };

async function renderPlayground(props: Record<string, unknown> = small, lang: 'en' | 'zh' = 'en') {
  render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('Playground')!} props={{ id: 'Playground', ...props }} />
    </LangContext.Provider>,
  );
  const status = await screen.findByTestId('playground-status', {}, { timeout: 10_000 });
  await act(async () => {});
  return status;
}

/** `steps` single steps from step `from`, each waited for. */
async function train(status: HTMLElement, steps: number, from = 0) {
  for (let i = from + 1; i <= from + steps; i++) {
    fireEvent.click(screen.getByRole('button', { name: 'One step' }));
    await waitFor(() => expect(status.dataset['step']).toBe(String(i)), { timeout: 20_000 });
  }
}

/** The engine's loss on the evaluation batch for a saved file's settings and weights. */
function engineLoss(text: string): number {
  const read = readModelFile(text, 'en');
  if (!read.ok) throw new Error(read.code);
  const composed = compose(read.settings);
  if (!composed.ok) throw new Error('refused');
  return expectedLoss({ config: composed.config, weights: read.weights });
}

/** The loss of the last step the saved run took (its counters, kept in the file). */
function restoredLoss(text: string): number {
  const read = readModelFile(text, 'en');
  if (!read.ok || !read.training.run) throw new Error('no run in the file');
  return read.training.run.lastLoss;
}

const paramsOf = (text: string) => JSON.parse(text).params.data as string;
/** waitFor's own default (1 s) is too short on a loaded machine. */
const LONG = { timeout: 20_000 };
const message = () => screen.findByTestId('playground-keep-message', {}, { timeout: 20_000 });

describe('Playground: keep and share the trained weights', () => {
  it('restores the exact weights from this browser and from a link, with the engine’s loss', async () => {
    const status = await renderPlayground();
    await train(status, 3);
    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    expect((await message()).textContent).toMatch(/Saved in this browser .* weights of step 3/);
    const saved = localStorage.getItem(STORAGE_KEY)!;
    const loss = engineLoss(saved);

    fireEvent.click(screen.getByRole('button', { name: 'Reset weights' }));
    await waitFor(() => expect(status.dataset['step']).toBe('0'), LONG);
    fireEvent.click(screen.getByRole('button', { name: 'Restore from this browser' }));
    await waitFor(async () => expect(Number((await message()).dataset['loss'])).toBe(loss), LONG);
    expect((await message()).textContent).toMatch(
      /Restored from this browser: the weights after 3 steps.*The optimiser’s state and the data stream’s place came too/,
    );
    // The step counter says what was restored.
    // The step counter and loss readout say what was restored (the snapshot renders deferred).
    await waitFor(() => expect(status.dataset['step']).toBe('3'), LONG);
    expect(Number(status.dataset['loss'])).toBe(restoredLoss(saved));
    // The session holds the very weights: saved again, the bytes are the same.
    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    await waitFor(
      () => expect(paramsOf(localStorage.getItem(STORAGE_KEY)!)).toBe(paramsOf(saved)),
      LONG,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Link with the trained weights' }));
    const box = await screen.findByTestId('playground-keep-link', {}, LONG);
    const url = (box as HTMLInputElement).value;
    expect(screen.getByTestId('playground-keep-link-note').textContent).toMatch(
      /exactly \(float64.*It also holds the optimiser’s state/,
    );
    cleanup();
    window.history.replaceState(null, '', url);
    const again = await renderPlayground({});
    expect(screen.getByTestId('playground-params').dataset['count']).toBeTruthy();
    await waitFor(async () => expect(Number((await message()).dataset['loss'])).toBe(loss), LONG);
    expect((await message()).textContent).toMatch(/Restored from the link.*came too/);
    await train(again, 1, 3);
  }, 60_000);

  it('says so when storage is full and loses nothing; refuses a NaN file and a foreign one', async () => {
    const status = await renderPlayground();
    await train(status, 1);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    expect((await message()).textContent).toMatch(/QuotaExceededError.*Nothing was lost/);
    expect(status.dataset['step']).toBe('1');

    vi.restoreAllMocks();

    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull(), LONG);
    const read = readModelFile(localStorage.getItem(STORAGE_KEY)!, 'en');
    if (!read.ok) throw new Error(read.code);
    const bad = Float64Array.from(read.weights);
    bad[2] = NaN;
    const file = new File([writeModelFile(read.settings, bad, 1)], 'nan.json');
    fireEvent.change(screen.getByTestId('playground-keep-file'), { target: { files: [file] } });
    await waitFor(
      async () =>
        expect((await message()).textContent).toMatch(
          /This file cannot be read: the file's weights are not all finite numbers: 1 of/,
        ),
      LONG,
    );
    fireEvent.change(screen.getByTestId('playground-keep-file'), {
      target: { files: [new File(['{}'], 'other.json')] },
    });
    await waitFor(
      async () =>
        expect((await message()).textContent).toBe(
          'This file cannot be read: this file is not an Unrolled model.',
        ),
      LONG,
    );
    expect(status.dataset['step']).toBe('1');
  }, 30_000);

  it('refuses a link past 100,000 characters and points to the file (Chinese too)', async () => {
    // 21,000 weights: more than 100,000 characters even as float32 (a bigger model only makes
    // jsdom's main-thread Watch slower).
    await renderPlayground({ cell: 'lstm', hidden: 72, task: 'latch' }, 'zh');
    fireEvent.click(screen.getByRole('button', { name: '带训练权重的链接' }));
    expect((await screen.findByTestId('playground-keep-link-note', {}, LONG)).textContent).toMatch(
      /超过了链接能稳妥承载的 100000 个。请改为下载模型文件/,
    );
    expect(screen.queryByTestId('playground-keep-link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '从本浏览器恢复' }));
    expect((await message()).textContent).toBe('本浏览器里还没有保存过模型。');
  }, 30_000);
});
