// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFromBrowser, saveInBrowser, STORAGE_KEY } from './browserStore';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the model kept in this browser', () => {
  it('saves and reads the text back; nothing saved says so', () => {
    expect(readFromBrowser()).toEqual({ ok: false, code: 'empty' });
    expect(saveInBrowser('model')).toEqual({ ok: true });
    expect(localStorage.getItem(STORAGE_KEY)).toBe('model');
    expect(readFromBrowser()).toEqual({ ok: true, text: 'model' });
  });

  it('turns a full or blocked storage into a reason, keeping what was saved before', () => {
    saveInBrowser('older');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(saveInBrowser('newer')).toEqual({ ok: false, reason: 'QuotaExceededError' });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(readFromBrowser()).toEqual({ ok: false, code: 'unavailable', reason: 'SecurityError' });
    vi.restoreAllMocks();
    expect(readFromBrowser()).toEqual({ ok: true, text: 'older' });
  });
});
