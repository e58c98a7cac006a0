/**
 * Time and yielding, injectable so tests can simulate seconds of training without waiting. Only
 * APIs that exist both in a page and in a worker are used (performance.now, MessageChannel,
 * setTimeout), plus Node's setImmediate where it exists.
 */
export interface Clock {
  /** Milliseconds, monotonic. */
  now(): number;
}

/** Runs a callback soon, after letting the event loop handle what is waiting (input, messages). */
export interface Yielder {
  /** Schedules `fn`; returns a function that cancels it. */
  defer(fn: () => void): () => void;
  /** Releases what the yielder holds (a message channel); defer must not be called afterwards. */
  close(): void;
}

export const performanceClock: Clock = { now: () => performance.now() };

type Immediate = (fn: () => void) => unknown;
type ClearImmediate = (handle: unknown) => void;

/**
 * Yields the way React's scheduler does: through setImmediate where it exists (Node, where a
 * MessageChannel's messages are drained in one go and would starve timers); else through a
 * MessageChannel — in a page or a worker a message task runs right after pending input and
 * rendering, without the ≥ 4 ms clamp that nested setTimeout(0) gets; else through setTimeout.
 */
export function createYielder(): Yielder {
  const g = globalThis as { setImmediate?: Immediate; clearImmediate?: ClearImmediate };
  if (g.setImmediate && g.clearImmediate) {
    const [set, clear] = [g.setImmediate, g.clearImmediate];
    return {
      defer(fn) {
        const handle = set(fn);
        return () => clear(handle);
      },
      close() {},
    };
  }
  if (typeof MessageChannel === 'undefined') {
    return {
      defer(fn) {
        const handle = setTimeout(fn, 0);
        return () => clearTimeout(handle);
      },
      close() {},
    };
  }
  let channel: MessageChannel | null = null;
  const queue = new Map<number, () => void>();
  let nextId = 0;
  const ensure = (): MessageChannel => {
    if (channel) return channel;
    const made = new MessageChannel();
    made.port1.onmessage = (e: MessageEvent<number>) => {
      const fn = queue.get(e.data);
      queue.delete(e.data);
      fn?.();
    };
    channel = made;
    return made;
  };
  return {
    defer(fn) {
      const id = nextId++;
      queue.set(id, fn);
      ensure().port2.postMessage(id);
      return () => queue.delete(id);
    },
    close() {
      queue.clear();
      channel?.port1.close();
      channel?.port2.close();
      channel = null;
    },
  };
}
