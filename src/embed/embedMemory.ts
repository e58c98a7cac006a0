/**
 * A slide deck (reveal.js's data-background-iframe) unloads a figure's frame when the slide is
 * left and loads it again from its original `src` when the slide returns; the frame's own URL
 * (kept current with replaceState) is then gone. So the frame also keeps its current address in
 * sessionStorage, under the address it was first loaded from, and a frame loaded from that same
 * address again comes back with the reader's settings. Storage may be off (a sandboxed frame):
 * then a reload starts from the original settings, as before.
 */
const PREFIX = 'unrolled:embed:';

interface EmbedHistoryState {
  readonly unrolledEmbed?: unknown;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function originalAddress(): string {
  const state = window.history.state as EmbedHistoryState | null;
  return typeof state?.unrolledEmbed === 'string' ? state.unrolledEmbed : window.location.href;
}

/** Called first: restores the settings a frame loaded from its original address left behind. */
export function restoreEmbedAddress(): void {
  const original = originalAddress();
  let address = window.location.href;
  if (address === original) {
    const saved = storage()?.getItem(PREFIX + original) ?? null;
    // Only an address of this same page (same origin and path) is taken back.
    if (saved !== null) {
      try {
        const url = new URL(saved);
        if (url.origin === window.location.origin && url.pathname === window.location.pathname)
          address = url.href;
      } catch {
        // A damaged entry: ignored.
      }
    }
  }
  window.history.replaceState(
    { ...(window.history.state as object), unrolledEmbed: original },
    '',
    address,
  );
}

/** After the address follows the settings: remember it for a reload from the original address. */
export function rememberEmbedAddress(): void {
  try {
    storage()?.setItem(PREFIX + originalAddress(), window.location.href);
  } catch {
    // Storage full or off: the address bar still holds the settings.
  }
}
