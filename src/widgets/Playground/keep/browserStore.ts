/**
 * The model kept in this browser (localStorage). Storage can be missing (a sandboxed frame),
 * refuse to read (privacy settings) or be full (QuotaExceededError): each comes back as a reason
 * to show, never a throw — and a failed save leaves the reader's model where it was.
 */
export const STORAGE_KEY = 'unrolled:playground:model';

export type Stored =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: 'empty' }
  | { readonly ok: false; readonly code: 'unavailable'; readonly reason: string };

/** The exception's name (QuotaExceededError, SecurityError): a DOMException is not always an Error. */
function reasonOf(e: unknown): string {
  const name = (e as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name !== '' ? name : String(e);
}

function storage(): Storage {
  // Reading `localStorage` itself throws where storage is blocked.
  const s = globalThis.localStorage as Storage | undefined;
  if (!s) throw new Error('localStorage is not available');
  return s;
}

export function saveInBrowser(text: string): { ok: true } | { ok: false; reason: string } {
  try {
    storage().setItem(STORAGE_KEY, text);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: reasonOf(e) };
  }
}

export function readFromBrowser(): Stored {
  try {
    const text = storage().getItem(STORAGE_KEY);
    return text === null ? { ok: false, code: 'empty' } : { ok: true, text };
  } catch (e) {
    return { ok: false, code: 'unavailable', reason: reasonOf(e) };
  }
}
