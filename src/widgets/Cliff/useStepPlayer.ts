import { useEffect, useState } from 'react';

const END = Number.MAX_SAFE_INTEGER;

const prefersReducedMotion = () =>
  typeof window !== 'undefined' &&
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * A step counter 0…last that can play (one step every `intervalMs`), pause, step, jump to the
 * end and rewind. With `prefers-reduced-motion`, play jumps straight to the end.
 */
export function useStepPlayer(last: number, intervalMs = 40) {
  // `shown` may exceed `last` (END: "the end, whatever it is"); it is clamped on read, so
  // callbacks kept by a chart from an earlier render still do the right thing.
  const [shown, setShown] = useState(END);
  const [playing, setPlaying] = useState(false);
  const clamped = Math.min(shown, last);

  const running = playing && clamped < last;
  useEffect(() => {
    if (!running) return undefined;
    const id = setInterval(() => setShown((i) => Math.min(i + 1, last)), intervalMs);
    return () => clearInterval(id);
  }, [running, last, intervalMs]);

  const play = (from = clamped >= last ? 0 : clamped) => {
    if (prefersReducedMotion()) {
      setShown(END);
      setPlaying(false);
      return;
    }
    setShown(from);
    setPlaying(true);
  };
  return {
    shown: clamped,
    /** Playing and not yet at the end. */
    playing: running,
    play,
    pause: () => setPlaying(false),
    step: () => {
      setPlaying(false);
      setShown(Math.min(clamped + 1, last));
    },
    toEnd: () => {
      setPlaying(false);
      setShown(END);
    },
    rewind: () => {
      setPlaying(false);
      setShown(0);
    },
  };
}
