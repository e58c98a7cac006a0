// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../ui/LangContext';
import { WidgetHost } from './WidgetHost';
import { findWidget } from '../list';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

function renderHost(
  props: Record<string, unknown> = { id: 'RecurrenceStepper-1' },
  params?: Record<string, string>,
) {
  const { container } = render(
    <LangContext.Provider value="en">
      <p>Text around the figure</p>
      <WidgetHost widget={findWidget('RecurrenceStepper')!} props={props} params={params} />
    </LangContext.Provider>,
  );
  return container.querySelector('[data-widget="RecurrenceStepper"]') as HTMLElement;
}

const settle = () => act(async () => {});

describe('WidgetHost', () => {
  it('captions the figure with its number and an anchor; an embed shows no number', async () => {
    const props = { id: 'RecurrenceStepper-1', figure: '1.3', caption: 'A step.' };
    const { container, unmount } = render(
      <LangContext.Provider value="zh">
        <WidgetHost widget={findWidget('RecurrenceStepper')!} props={props} />
      </LangContext.Provider>,
    );
    const caption = container.querySelector('figcaption')!;
    expect(caption.textContent).toBe('图 1.3 — A step.');
    expect(caption.id).toBe('fig-1-3');
    await screen.findByTestId('equation', {}, { timeout: 15_000 }); // cold: the first load of the widget's code
    // The number is a host prop: no "ignored" message about it.
    expect(container.querySelector('.widget__issues')).toBeNull();
    unmount();
    const embed = render(
      <WidgetHost widget={findWidget('RecurrenceStepper')!} props={props} embedded />,
    );
    expect(embed.container.querySelector('figcaption')!.textContent).toBe('A step.');
    await settle();
  });

  it('restores settings from a share link for its own instance only', async () => {
    window.history.replaceState(
      null,
      '',
      '/en/01-basics/?RecurrenceStepper-1.word=cat&RecurrenceStepper-2.word=dog',
    );
    renderHost();
    await screen.findByTestId('equation', {}, { timeout: 5000 });
    expect((screen.getByLabelText('Word (letters a–z)') as HTMLInputElement).value).toBe('cat');
  });

  it('shows a message in place for each bad URL value and uses the default', async () => {
    window.history.replaceState(
      null,
      '',
      '/?RecurrenceStepper-1.uScale=banana&RecurrenceStepper-1.nope=1',
    );
    const root = renderHost();
    await screen.findByTestId('equation', {}, { timeout: 5000 });
    await settle();
    expect(root.dataset['status']).toBe('ready');
    const messages = Array.from(
      root.querySelectorAll('.widget__issues li'),
      (li) => li.textContent,
    );
    expect(messages.some((m) => /Ignored “uScale=banana”/.test(m!))).toBe(true);
    expect(messages.some((m) => /Ignored “nope=1”: there is no such setting/.test(m!))).toBe(true);
    // Reader text sits in <bdi>, so a right-to-left override in it cannot turn the message round.
    expect(root.querySelectorAll('.widget__issues bdi')).toHaveLength(4);
    expect(screen.getByLabelText('Scale of U')).toHaveProperty('value', '1');
  });

  it('reads embed parameters as strings', async () => {
    renderHost({}, { word: 'abc', t: '2' });
    await screen.findByTestId('equation', {}, { timeout: 5000 });
    expect(screen.getByTestId('position').textContent).toContain('t = 2 of 2, reading “c”');
  });

  it('contains a crash: error box, page intact, "try again" keeps the reader’s settings', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    window.history.replaceState(
      null,
      '',
      '/?fault=RecurrenceStepper-1&RecurrenceStepper-1.word=cat',
    );
    const root = renderHost();
    const message = await screen.findByText('This figure stopped working.', {}, { timeout: 5000 });
    expect(message.closest('[role="alert"]')).not.toBeNull();
    expect(root.dataset['status']).toBe('error');
    expect(screen.getByText('Text around the figure')).toBeTruthy();
    // The retry suspends on the widget's code; act() lets React resume when it arrives.
    await act(async () => {
      fireEvent.click(screen.getByText('Try again'));
    });
    await screen.findByTestId('equation', {}, { timeout: 5000 });
    await settle();
    expect(root.dataset['status']).toBe('ready');
    expect((screen.getByLabelText('Word (letters a–z)') as HTMLInputElement).value).toBe('cat');
  });

  it('offers a share link that encodes the current settings', async () => {
    renderHost();
    await screen.findByTestId('equation', {}, { timeout: 5000 });
    fireEvent.change(screen.getByLabelText('Word (letters a–z)'), { target: { value: 'rnn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Share link' }));
    const box = screen.getByLabelText('Link that restores these settings') as HTMLInputElement;
    const url = new URL(box.value);
    expect(url.searchParams.get('RecurrenceStepper-1.word')).toBe('rnn');
    expect(url.hash).toBe('#RecurrenceStepper-1');
    // The dialog's code loads on the first press (a suspension): an awaited act lets React finish
    // that render; a synchronous act may drop it while other work is pending.
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    });
    const snippet = (
      (await screen.findByTestId('embed-snippet', {}, { timeout: 15_000 })) as HTMLTextAreaElement
    ).value;
    expect(snippet).toMatch(
      /<iframe src="http:\/\/localhost(:\d+)?\/embed\.html\?widget=RecurrenceStepper&amp;lang=en&amp;word=rnn"/,
    );
  });
});
