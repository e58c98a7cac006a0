// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { corpusTrainingText, readSymbols, sampleSymbols } from '../../core/charModel';
import { loadModel, saveModel } from '../../core/model';
import { createRng } from '../../core/rng';
import { vocabularyOf } from '../../core/vocabulary';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';

const shippedText = readFileSync(
  path.join(process.cwd(), 'public', 'models', 'charrnn-en.json'),
  'utf8',
);
const corpus = corpusTrainingText(
  readFileSync(path.join(process.cwd(), 'content', 'corpus', 'en.txt'), 'utf8'),
);
const symbols = vocabularyOf(corpus).symbols;
const shipped = loadModel(shippedText);
const probe = Array.from(corpus).slice(0, 40);
const probeIndices = probe.map((c) => symbols.indexOf(c));

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) =>
      url.endsWith('models/charrnn-en.json')
        ? new Response(shippedText, { status: 200 })
        : new Response('', { status: 404 }),
    ),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderCharRnn(props: Record<string, unknown>) {
  const utils = render(
    <LangContext.Provider value="en">
      <WidgetHost widget={findWidget('CharRNN')!} props={{ id: 'CharRNN-1', ...props }} />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="CharRNN"]') as HTMLElement;
  return { ...utils, root };
}

async function renderShipped(props: Record<string, unknown> = {}) {
  const utils = renderCharRnn(props);
  await waitFor(
    () => expect(screen.getByTestId('weights-source').dataset['source']).toBe('shipped'),
    { timeout: 10000 },
  );
  await act(async () => {});
  // The whole-text score and the connectivity run as background jobs: done when ready.
  await waitFor(() => expect(utils.root.dataset['status']).toBe('ready'), { timeout: 20000 });
  return utils;
}

/** Presses "One step" and waits until the loss line reports step `expected`. */
async function oneStep(expected: number) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'One step' }));
  });
  await waitFor(() => expect(screen.getByTestId('loss').dataset['step']).toBe(String(expected)), {
    timeout: 10000,
  });
}

// Generous timeouts: the widget trains and samples for real, and CI machines are shared.
describe('CharRNN', { timeout: 30_000 }, () => {
  it('loads the shipped model and shows the core engine’s predictions for the probe text', async () => {
    const { root } = await renderShipped();
    expect(root.dataset['status']).toBe('ready');
    const read = readSymbols(shipped.model, shipped.params, probeIndices);
    const last = read.steps[39]!;
    const shown = [...screen.getByTestId('predictions').querySelectorAll('[data-p]')].map((e) =>
      Number(e.getAttribute('data-p')),
    );
    const expected = Array.from(last.probs)
      .sort((a, b) => b - a)
      .slice(0, 5);
    expect(shown).toEqual(expected);
    // The heatmap holds h_t of every position and unit, exactly.
    const cells = [...screen.getByTestId('heatmap').querySelectorAll('svg g rect')];
    expect(cells).toHaveLength(40 * 32);
    expect(Number(cells[0]!.getAttribute('data-value'))).toBe(read.steps[0]!.hidden[0]![0]);
    expect(screen.getByTestId('text-summary').textContent).toContain(
      `${symbols.length} distinct symbols`,
    );
  });

  it('moves the focus with the arrow keys and prints the focused value', async () => {
    await renderShipped();
    const read = readSymbols(shipped.model, shipped.params, probeIndices);
    const heatmap = screen.getByTestId('heatmap');
    fireEvent.keyDown(heatmap, { key: 'ArrowLeft' });
    fireEvent.keyDown(heatmap, { key: 'ArrowDown' });
    fireEvent.keyDown(heatmap, { key: 'ArrowDown' });
    const value = read.steps[38]!.hidden[0]![2]!;
    expect(screen.getByTestId('focus-readout').textContent).toContain(
      `(position 38): unit 3 = ${value.toFixed(3)}`,
    );
    fireEvent.keyDown(heatmap, { key: 'Home' });
    expect(screen.getByTestId('focus-readout').textContent).toContain('(position 0)');
  });

  it('samples greedily at temperature 0, exactly as the core sampler does', async () => {
    await renderShipped({ temperature: 0, seedText: 'The ', sampleLength: 60 });
    const seed = Array.from('The ').map((c) => symbols.indexOf(c));
    const expected = sampleSymbols(shipped.model, shipped.params, seed, 60, 0, createRng(1))
      .map((i) => symbols[i])
      .join('');
    expect(screen.getByTestId('sample').textContent).toBe(expected);
  });

  it('takes one training step on the main thread and reports the loss in bits', async () => {
    await renderShipped();
    await oneStep(1);
    const line = screen.getByTestId('loss');
    const bits = Number(line.dataset['bits']);
    expect(bits).toBeGreaterThan(0);
    expect(bits).toBeLessThan(Math.log2(symbols.length));
    expect(line.textContent).toContain(`training loss ${bits.toFixed(3)} bits per character`);
    expect(line.textContent).toContain(`(${(bits * Math.LN2).toFixed(3)} nats)`);
    expect(screen.getByTestId('engine').textContent).toContain(
      'running on typed arrays (on the page’s thread)',
    );
  });

  it('keeps the whole-text score line in its place while training runs and while it is scored', async () => {
    const { root } = await renderShipped();
    const scored = screen.getByTestId('eval-loss').dataset['bits'];
    expect(Number(scored)).toBeGreaterThan(0);
    // The line never leaves the page: it moved the controls below it under the reader's pointer.
    let lost = 0;
    const watch = new MutationObserver(() => {
      if (!root.querySelector('[data-testid="eval-loss"]')) lost++;
    });
    watch.observe(root, { childList: true, subtree: true });
    const said = new Set<string>();
    const heard = new MutationObserver(() =>
      said.add(root.querySelector('[data-testid="eval-loss"]')?.textContent ?? ''),
    );
    heard.observe(root, { childList: true, subtree: true, characterData: true });
    await oneStep(1);
    await waitFor(() => expect(root.dataset['status']).toBe('ready'), { timeout: 20000 });
    watch.disconnect();
    heard.disconnect();
    expect(lost).toBe(0);
    expect(said).toContain('These weights on the whole text: scored when training pauses.');
    const after = screen.getByTestId('eval-loss');
    expect(after.dataset['bits']).toMatch(/^\d/);
    expect(after.dataset['bits']).not.toBe(scored);
    expect(after.textContent).toContain(
      `${Number(after.dataset['bits']).toFixed(3)} bits per character`,
    );
  });

  it('moves to another engine from the badge and keeps counting steps', async () => {
    // A tiny SRN on Reber strings, not the shipped LSTM: what is checked is the move (the engine,
    // the step count, where the weights came from), and every step here costs little on either
    // engine.
    const { root } = renderCharRnn({
      corpus: 'reber',
      cell: 'srn',
      hidden: 4,
      seqLen: 4,
      batch: 1,
      sampleLength: 20,
    });
    await waitFor(
      () => expect(screen.getByTestId('weights-source').dataset['source']).toBe('init'),
      { timeout: 20000 },
    );
    await waitFor(() => expect(root.dataset['status']).toBe('ready'), { timeout: 20000 });
    await oneStep(1);
    fireEvent.change(screen.getByLabelText('Training engine'), { target: { value: 'cpu' } });
    await waitFor(
      () => expect(screen.getByTestId('engine').textContent).toContain('running on CPU'),
      { timeout: 20000 },
    );
    expect(screen.getByTestId('loss').dataset['step']).toBe('1');
    expect(screen.getByTestId('weights-source').dataset['source']).toBe('trained');
    await oneStep(2);
  });

  it('refuses an empty pasted text with a message and keeps the model', async () => {
    await renderShipped();
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'pasted' } });
    fireEvent.click(screen.getByRole('button', { name: 'Train on this text' }));
    expect(screen.getByTestId('paste-problem').textContent).toContain('The text is empty');
    expect(screen.getByTestId('weights-source').dataset['source']).toBe('shipped');
    expect(screen.getByText(/share links and embeds do not include it/)).toBeTruthy();
  });

  it('keeps training on a pasted text that a longer sequence length would refuse', async () => {
    await renderShipped();
    fireEvent.change(screen.getByLabelText('Text'), { target: { value: 'pasted' } });
    fireEvent.change(screen.getByLabelText('Paste or type a text to train on'), {
      target: { value: 'abcd'.repeat(10) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Train on this text' }));
    await waitFor(() =>
      expect(screen.getByTestId('text-summary').textContent).toContain(
        '40 characters, 4 distinct symbols',
      ),
    );
    fireEvent.change(screen.getByLabelText('Sequence length'), { target: { value: '60' } });
    // The text is checked again by a background job: its verdict arrives a moment later.
    expect(
      (await screen.findByTestId('text-problem', {}, { timeout: 10000 })).textContent,
    ).toContain('The text has 40 characters; training needs at least 61');
    expect(screen.queryByTestId('train-message')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'One step' }));
    });
    await waitFor(() => expect(screen.getByTestId('loss').dataset['step']).toBe('1'));
    expect(screen.getByTestId('sample').textContent).toMatch(/^[abcd]+$/);
  });

  it('says so when the shipped model cannot be fetched', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    render(
      <LangContext.Provider value="en">
        <WidgetHost widget={findWidget('CharRNN')!} props={{ id: 'CharRNN-1' }} />
      </LangContext.Provider>,
    );
    expect(
      (
        await screen.findByText(
          /The shipped model could not be loaded \(HTTP 404\)/,
          {},
          { timeout: 10000 },
        )
      ).textContent,
    ).toContain('random until you train');
    expect(screen.getByTestId('weights-source').dataset['source']).toBe('init');
  });
  it('keeps the controls that moved under More settings reachable, closed at first', async () => {
    const { root } = await renderShipped();
    const more = root.querySelector('[data-testid="more-settings"]') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    // Train and the text come before it; the model's settings are inside it.
    for (const label of ['Cell', 'Learning rate', 'Temperature', 'Training engine', 'Seed text'])
      expect(more.contains(screen.getByLabelText(label))).toBe(true);
    expect(more.contains(screen.getByLabelText('Text'))).toBe(false);
    expect(more.contains(screen.getByRole('button', { name: 'Train' }))).toBe(false);
    fireEvent.click(more.querySelector('summary')!);
    expect(more.open).toBe(true);
    fireEvent.change(screen.getByLabelText('Temperature'), { target: { value: '0' } });
    expect(screen.getByText('Sample at temperature 0.00', { exact: false })).toBeTruthy();
  });

  it('refuses a model file with non-finite weights and changes nothing else', async () => {
    await renderShipped();
    await oneStep(1);
    await oneStep(2);
    const before = screen.getByTestId('loss').dataset['bits'];
    const params = shipped.params.slice();
    params[3] = NaN;
    params[10] = Infinity;
    const file = new File(
      [saveModel(shipped.model, params, { symbols: JSON.stringify(symbols) })],
      'ruined.json',
      { type: 'application/json' },
    );
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Load weights from a file'), {
        target: { files: [file] },
      });
    });
    await waitFor(() =>
      expect(screen.getByTestId('files-message').textContent).toMatch(
        /That file was not loaded: .*not all finite numbers: 2 of/,
      ),
    );
    expect(screen.getByTestId('loss').dataset['step']).toBe('2');
    expect(screen.getByTestId('loss').dataset['bits']).toBe(before);
    expect(screen.getByTestId('weights-source').dataset['source']).toBe('trained');
    expect(screen.queryByTestId('train-message')).toBeNull();
  });

  it('says so when the text to read holds no character of the alphabet', async () => {
    await renderShipped();
    // The reading is a background job: the message follows when it is done.
    fireEvent.change(screen.getByLabelText('Text to read'), { target: { value: '☃☃%' } });
    await waitFor(() =>
      expect(screen.getByTestId('probe-problem').textContent).toContain(
        'None of the characters of “☃☃%” is in the text’s alphabet',
      ),
    );
    fireEvent.change(screen.getByLabelText('Text to read'), { target: { value: 'the ☃' } });
    await waitFor(() => {
      expect(screen.getByTestId('probe-problem').textContent).toContain('1 character(s)');
      expect(screen.getByTestId('heatmap').querySelectorAll('svg g rect').length).toBeGreaterThan(
        0,
      );
    });
  });

  it('says a storage read failure is a read failure, not a refusal to store', async () => {
    await renderShipped();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Load from this browser' }));
    const message = screen.getByTestId('files-message').textContent;
    expect(message).toContain('would not let this page read its storage (SecurityError)');
    expect(message).not.toMatch(/refused to store/);
    vi.restoreAllMocks();
  });
});
