// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LangContext } from '../../../ui/LangContext';
import { findWidget } from '../../list';
import { WidgetHost } from '../WidgetHost';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function openDialog(lang: 'en' | 'zh' = 'en') {
  render(
    <LangContext.Provider value={lang}>
      <WidgetHost widget={findWidget('RecurrenceStepper')!} props={{ id: 'RecurrenceStepper-1' }} />
    </LangContext.Provider>,
  );
  await screen.findByTestId('equation', {}, { timeout: 15_000 });
  const button = screen.getByRole('button', { name: lang === 'en' ? 'Embed' : '嵌入' });
  fireEvent.change(screen.getByLabelText(lang === 'en' ? 'Word (letters a–z)' : /单词/), {
    target: { value: 'rnn' },
  });
  button.focus();
  fireEvent.click(button);
  const dialog = await screen.findByTestId('embed-dialog', {}, { timeout: 15_000 });
  return { button, dialog };
}

/** The text of the row header (name and description) of the setting a checkbox belongs to. */
const settingRow = (dialog: HTMLElement, checkbox: string) =>
  within(dialog).getByLabelText(checkbox).closest('tr')!.querySelector('th')!.textContent;

const snippet = () => (screen.getByTestId('embed-snippet') as HTMLTextAreaElement).value;

describe('the Embed dialog', () => {
  it('is a labelled dialog that takes focus, and gives it back on Escape', async () => {
    const { button, dialog } = await openDialog();
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    const title = document.getElementById(dialog.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toBe('Embed “Step through a recurrence”');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('embed-dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('writes the snippet for the current settings; hide and lock checkboxes change it', async () => {
    const { dialog } = await openDialog();
    const url = () => new URL(/src="([^"]+)"/.exec(snippet())![1]!.replace(/&amp;/g, '&'));
    expect(url().searchParams.get('widget')).toBe('RecurrenceStepper');
    expect(url().searchParams.get('word')).toBe('rnn');
    expect(url().searchParams.get('hide')).toBeNull();
    // One row per setting of the widget's schema.
    for (const name of ['word', 'W', 'uScale', 'seed', 't'])
      expect(within(dialog).getByLabelText(`Hide ${name}`)).toBeTruthy();
    expect(settingRow(dialog, 'Hide uScale')).toBe('uScale Multiplies the random input weights U.');
    fireEvent.click(within(dialog).getByLabelText('Hide W'));
    fireEvent.click(within(dialog).getByLabelText('Lock word'));
    fireEvent.click(within(dialog).getByLabelText('Lock seed'));
    expect(url().searchParams.get('hide')).toBe('W');
    expect(url().searchParams.get('lock')).toBe('word,seed');
    // A hidden setting cannot also be locked.
    expect((within(dialog).getByLabelText('Lock W') as HTMLInputElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByLabelText('中文'));
    fireEvent.click(within(dialog).getByLabelText('Dark'));
    fireEvent.change(within(dialog).getByLabelText('Height (px)'), { target: { value: '800' } });
    expect(url().searchParams.get('lang')).toBe('zh');
    expect(url().searchParams.get('theme')).toBe('dark');
    expect(snippet()).toContain('height="800"');
    const preview = screen.getByTestId('embed-preview') as HTMLIFrameElement;
    expect(preview.src).toBe(url().toString());
    expect(preview.getAttribute('height')).toBe('800');

    const frameUrl = url().toString();
    fireEvent.click(within(dialog).getByLabelText('Script + element'));
    const el = new DOMParser()
      .parseFromString(snippet(), 'text/html')
      .querySelector('unrolled-figure')!;
    expect(el.getAttribute('hide')).toBe('W');
    expect(el.getAttribute('lock')).toBe('word,seed');
    expect(el.getAttribute('params')).toBe('word=rnn');
    fireEvent.click(within(dialog).getByLabelText('Link'));
    expect(snippet()).toBe(frameUrl);
  });

  it('describes every setting in Chinese on a Chinese page', async () => {
    const { dialog } = await openDialog('zh');
    expect(settingRow(dialog, '隐藏 uScale')).toBe('uScale 乘在随机输入权重 U 上的倍数。');
    expect(settingRow(dialog, '隐藏 W')).toBe(
      'W 循环权重 W，3×3，按行排列，每个元素在 [−2, 2] 内。',
    );
    const rows = within(dialog).getAllByRole('rowheader');
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.textContent).toMatch(/^\S+ [^a-z]*[\u4e00-\u9fff].*。$/);
  });

  it('says so when the clipboard is refused, and selects the text', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    const { dialog } = await openDialog('zh');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '复制' }));
    });
    expect(within(dialog).getByText(/浏览器不允许复制/)).toBeTruthy();
    const box = screen.getByTestId('embed-snippet') as HTMLTextAreaElement;
    expect(document.activeElement).toBe(box);
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
  });

  it('reports a copy that worked', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { dialog } = await openDialog();
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Copy' }));
    });
    expect(writeText).toHaveBeenCalledWith(snippet());
    expect(within(dialog).getByText('Copied to the clipboard.')).toBeTruthy();
  });
});
