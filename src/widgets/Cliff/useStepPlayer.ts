import { useEffect, useState, useSyncExternalStore } from 'react';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { onTabVisibility, tabHidden } from '../training/pageVisibility';

const END = Number.MAX_SAFE_INTEGER;

/**
 * Which descent step the figure shows, 0…last, and its playback: one step every `intervalMs`
 * while playing, held while the tab is hidden; with `prefers-reduced-motion`, play jumps straight
 * to the end. The buttons are the kit's StepControls and PlayPause.
 */
export function useStepPlayer(last: number, intervalMs = 40) {
  const still = useReducedMotion();
  // `shown` may exceed `last` (END: "the end, whatever it is"); it is clamped on read, so
  // callbacks kept by a chart from an earlier render still do the right thing.
  const [shown, setShown] = useState(END);
  const [playing, setPlaying] = useState(false);
  const clamped = Math.min(shown, last);

  const hidden = useSyncExternalStore(onTabVisibility, tabHidden, () => false);
  const running = playing && clamped < last;
  const ticking = running && !hidden;
  useEffect(() => {
    if (!ticking) return undefined;
    const id = setInterval(() => setShown((i) => Math.min(i + 1, last)), intervalMs);
    return () => clearInterval(id);
  }, [ticking, last, intervalMs]);

  const play = (from = clamped >= last ? 0 : clamped) => {
    setShown(still ? END : from);
    setPlaying(!still);
  };
  return {
    shown: clamped,
    /** Playing and not yet at the end. */
    playing: running,
    /** Playing, but waiting while the tab is hidden. */
    held: running && hidden,
    play,
    toggle: (run: boolean) => (run ? play() : setPlaying(false)),
    /** Shows step `to` and pauses; the last step means the end, whatever the run's length. */
    showStep: (to: number) => {
      setPlaying(false);
      setShown(to >= last ? END : to);
    },
  };
}
