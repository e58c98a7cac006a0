// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from '../host/WidgetHost';
import { findWidget } from '../list';
import { exampleFor } from './examples';
import { BLANK, unrolledShape } from './shapes';

afterEach(cleanup);

function renderShapes(props: Record<string, unknown> = {}, lang: 'en' | 'zh' = 'en') {
  const utils = render(
    <LangContext.Provider value={lang}>
      <WidgetHost
        widget={findWidget('SequenceShapes')!}
        props={{ id: 'SequenceShapes-1', ...props }}
      />
    </LangContext.Provider>,
  );
  const root = utils.container.querySelector('[data-widget="SequenceShapes"]') as HTMLElement;
  return { ...utils, root };
}

async function ready(root: HTMLElement) {
  await screen.findByTestId('summary', {}, { timeout: 5000 });
  await act(async () => {});
  expect(root.dataset['status']).toBe('ready');
}

/** Per drawn step: how many input and output nodes it has, and their words. */
function drawn(root: HTMLElement) {
  return [...root.querySelectorAll('g.step')].map((g) => ({
    inputs: g.querySelectorAll('.node--input').length,
    outputs: g.querySelectorAll('.node--output').length,
    out: g.querySelector('.node--output')?.getAttribute('data-token') ?? null,
    phase: g.getAttribute('data-phase'),
  }));
}

// jsdom with the whole widget host is slow on a loaded machine: allow 30 s per test.
describe('SequenceShapes', { timeout: 30_000 }, () => {
  it('draws translation as an encoder–decoder and names the shape', async () => {
    const { root } = renderShapes();
    await ready(root);
    const shape = unrolledShape('encoderDecoder', 3, 3);
    expect(drawn(root).map((d) => d.inputs)).toEqual(
      shape.inputAt.map((i) => (i === null ? 0 : 1)),
    );
    expect(drawn(root).map((d) => d.outputs)).toEqual(
      shape.outputAt.map((o) => (o === null ? 0 : 1)),
    );
    expect(drawn(root).map((d) => d.out)).toEqual([null, null, null, 'le', 'chat', 'dort']);
    expect(drawn(root).every((d) => d.phase === 'done')).toBe(true);
    expect(screen.getByTestId('summary').textContent).toContain(
      'Translation is encoder–decoder (sequence to sequence): 6 steps, 3 with an input (steps 0–2), 3 with an output (steps 3–5).',
    );
    expect(root.querySelectorAll('.bracket')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: 'Translation' })).toHaveProperty('checked', true);
  });

  it('switches to sentiment, a many-to-one, and steps the data through it', async () => {
    const { root } = renderShapes();
    await ready(root);
    fireEvent.click(screen.getByRole('radio', { name: 'Sentiment of a review' }));
    expect(screen.getByTestId('summary').textContent).toContain('is many-to-one: 4 steps');
    expect(drawn(root).map((d) => d.outputs)).toEqual([0, 0, 0, 1]);
    expect(root.querySelectorAll('.bracket')).toHaveLength(0);
    // A new task replays its flow from the start.
    expect(screen.getByTestId('progress').textContent).toBe(
      'Nothing computed yet: press Play or Step forward.',
    );
    expect(screen.getByRole('button', { name: /Back to t = 0/ })).toHaveProperty('disabled', true);
    expect(drawn(root).every((d) => d.phase === 'pending')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    expect(screen.getByTestId('progress').textContent).toContain(
      't = 0 (the last is 3): reads “a”, no output',
    );
    expect(drawn(root).map((d) => d.phase)).toEqual(['active', 'pending', 'pending', 'pending']);
    for (let i = 0; i < 3; i++)
      fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    expect(screen.getByTestId('progress').textContent).toContain(
      'reads “film”, emits “positive”. All 4 steps computed.',
    );
    expect(drawn(root).every((d) => d.phase === 'done')).toBe(true);
  });

  it('draws the captioning picture and the speech frames, not words', async () => {
    const { root } = renderShapes({ app: 'captioning' });
    await ready(root);
    expect(root.querySelectorAll('.node--input.node--image')).toHaveLength(1);
    expect(drawn(root).map((d) => d.inputs)).toEqual([1, 0, 0, 0, 0]);
    fireEvent.click(screen.getByRole('radio', { name: 'Speech recognition' }));
    const frames = root.querySelectorAll('.node--input.node--audio');
    expect(frames).toHaveLength(8);
    expect(frames[0]!.querySelectorAll('rect.icon__band')).toHaveLength(5);
    expect(screen.getByTestId('summary').textContent).toContain(
      'unaligned many-to-many (connectionist temporal classification, CTC)',
    );
  });

  it('draws speech as the fifth, unaligned shape: a symbol or blank per frame, collapsed', async () => {
    const { root } = renderShapes({ app: 'speech' });
    await ready(root);
    const ex = exampleFor('speech', 'en');
    const shape = unrolledShape('unaligned', 8, 8);
    expect(drawn(root).map((d) => d.inputs)).toEqual(shape.inputAt.map(() => 1));
    expect(drawn(root).map((d) => d.outputs)).toEqual(shape.outputAt.map(() => 1));
    expect(drawn(root).map((d) => d.out)).toEqual(['h', 'h', BLANK, 'e', 'l', BLANK, 'l', 'o']);
    expect(root.querySelectorAll('.node--output.node--blank')).toHaveLength(2);
    // The row on top: the labels the path collapses to, fewer than the frames.
    const labels = [...root.querySelectorAll('.node--label')].map((n) =>
      n.getAttribute('data-token'),
    );
    expect(labels).toEqual(ex.outputs.map((t) => t.text));
    expect(screen.getByTestId('summary').textContent).toContain(
      'Speech recognition is unaligned many-to-many (connectionist temporal classification, CTC): 8 steps, 8 with an input (steps 0–7), 8 with an output (steps 0–7). Each output is a character or the blank ε; collapsed, they leave 5 characters, fewer than the 8 frames.',
    );
    expect(screen.getByTestId('collapse').textContent).toContain(
      'Per frame: h h ε e l ε l o. Merge repeats: h ε e l ε l o. Drop the blanks: h e l l o (5 characters from 8 frames).',
    );
    fireEvent.click(screen.getByRole('button', { name: /Back to t = 0/ }));
    for (let i = 0; i < 3; i++)
      fireEvent.click(screen.getByRole('button', { name: /Step forward/ }));
    expect(screen.getByTestId('progress').textContent).toBe(
      'Time step t = 2 (the last is 7): reads “sound frame 3”, emits the blank ε (no character).',
    );
  });

  it('a step button that disables itself hands focus to the next one (issue 11, item 8)', async () => {
    const { root } = renderShapes({ app: 'sentiment' });
    await ready(root);
    const first = screen.getByRole('button', { name: /Back to t = 0/ });
    first.focus();
    fireEvent.click(first);
    expect(screen.getByTestId('progress').textContent).toContain('Nothing computed yet');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /Step forward/ }));
  });

  it('keeps the preset under More settings, and it still switches the task', async () => {
    const { root } = renderShapes();
    await ready(root);
    const more = screen.getByTestId('more-settings');
    expect(more.hasAttribute('open')).toBe(false);
    fireEvent.click(more.querySelector('summary')!);
    fireEvent.change(screen.getByLabelText('Preset'), { target: { value: 'speech' } });
    expect(screen.getByRole('radio', { name: 'Speech recognition' })).toHaveProperty(
      'checked',
      true,
    );
    expect(root.querySelectorAll('.node--label')).toHaveLength(5);
  });

  it('lists every input and output per step in a table', async () => {
    const { root } = renderShapes({ app: 'languageModel' });
    await ready(root);
    const rows = [...screen.getByTestId('steps-table').querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    const ex = exampleFor('languageModel', 'en');
    expect(rows.map((r) => r[0])).toEqual(ex.inputs.map((t) => t.text));
    expect(rows.map((r) => r[1])).toEqual(ex.outputs.map((t) => t.text));
  });

  it('speaks Chinese, with Chinese examples, on Chinese pages', async () => {
    const { root } = renderShapes({}, 'zh');
    await ready(root);
    expect(screen.getByTestId('summary').textContent).toContain('机器翻译是编码器–解码器');
    expect(drawn(root).map((d) => d.out)).toEqual([null, null, null, 'I', 'love', 'cats']);
    expect(root.getAttribute('aria-label')).toBe('同一个网络，多种形状');
    fireEvent.click(screen.getByRole('radio', { name: '语音识别' }));
    expect(screen.getByTestId('summary').textContent).toContain(
      '语音识别是不逐步对应的多对多（连接时序分类，CTC）',
    );
    const labels = [...root.querySelectorAll('.node--label')].map((n) =>
      n.getAttribute('data-token'),
    );
    expect(labels).toEqual(['谢', '谢']);
    expect(screen.getByTestId('collapse').textContent).toContain(
      '删去空白：谢 谢（8 帧得到 2 个字）',
    );
  });
});
