// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CharModel from '../../core/charModel';
import { MAX_TEXT } from '../../core/charModel';
import { LangContext } from '../../ui/LangContext';
import { PasteBox } from './PasteBox';

// Every text the box hands to limitLength, by length: the work a paste costs the page's thread.
const scanned = vi.hoisted(() => [] as number[]);
vi.mock('../../core/charModel', async (importOriginal) => {
  const original = await importOriginal<typeof CharModel>();
  return {
    ...original,
    limitLength: (text: string, max: number) => {
      scanned.push(text.length);
      return original.limitLength(text, max);
    },
  };
});

beforeEach(() => {
  scanned.length = 0;
});
afterEach(cleanup);

function renderBox() {
  render(
    <LangContext.Provider value="en">
      <PasteBox onSubmit={() => undefined} onEmpty={() => undefined} />
    </LangContext.Provider>,
  );
  return screen.getByLabelText('Paste or type a text to train on') as HTMLTextAreaElement;
}

/** A paste of `text` at the caret, as the browser dispatches it (before taking the text in). */
function paste(box: HTMLTextAreaElement, text: string): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', {
    value: { getData: (type: string) => (type === 'text/plain' ? text : '') },
  });
  let taken = true;
  act(() => {
    taken = box.dispatchEvent(event);
  });
  return taken;
}

describe('PasteBox', () => {
  it('cuts a 5 MB paste to MAX_TEXT characters, looking only at the head that can fit', () => {
    const box = renderBox();
    const big = 'the quick brown fox jumps over the lazy dog. '.repeat(111_112).slice(0, 5e6);
    expect(paste(box, big)).toBe(false);
    expect(box.value).toBe(big.slice(0, MAX_TEXT));
    expect(box.selectionStart).toBe(MAX_TEXT);
    expect(screen.getByTestId('paste-cut').textContent).toContain('20,000');
    // Bounded work, whatever the paste's size: no text the box scans is more than the box's
    // most (2·MAX_TEXT code units) plus the head of the paste that could fit (2·MAX_TEXT). The
    // code before scanned the whole 5 MB joined to the box's text.
    expect(scanned.length).toBeGreaterThan(0);
    for (const length of scanned) expect(length).toBeLessThanOrEqual(4 * MAX_TEXT);
  });

  it('cuts at a code point: an astral symbol is never split', () => {
    const box = renderBox();
    // MAX_TEXT − 1 letters typed, then a paste of emoji: one fits, as both its code units.
    box.value = 'a'.repeat(MAX_TEXT - 1);
    box.setSelectionRange(MAX_TEXT - 1, MAX_TEXT - 1);
    expect(paste(box, '😀'.repeat(3 * MAX_TEXT))).toBe(false);
    expect(box.value).toBe(`${'a'.repeat(MAX_TEXT - 1)}😀`);
    for (const length of scanned) expect(length).toBeLessThanOrEqual(4 * MAX_TEXT);
  });

  it('lets a paste that fits through to the browser untouched', () => {
    const box = renderBox();
    expect(paste(box, 'hello')).toBe(true);
    expect(screen.queryByTestId('paste-cut')).toBeNull();
  });
});
