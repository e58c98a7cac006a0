import { useEffect, type RefObject } from 'react';
import { useScrollsSideways } from '../../ui/figure';

/** The chain's columns (charts/bpttChain: 96 units per step) drawn no smaller than this scale. */
const MIN_SCALE = 0.8;
const chainWidth = (T: number) => T * 96 + 20;

/**
 * The unrolled chain, never shrunk past legibility: on a narrow screen it scrolls sideways in a
 * focusable, labelled box, and the box follows the current step.
 */
export function ChainPicture({
  chartRef,
  T,
  current,
  label,
}: {
  readonly chartRef: RefObject<HTMLDivElement | null>;
  readonly T: number;
  readonly current: number | null;
  readonly label: string;
}) {
  const [box, scrolls] = useScrollsSideways<HTMLDivElement>([T]);

  useEffect(() => {
    const el = box.current;
    const step = el?.querySelector(`[data-step="${current}"]`);
    if (!el || !step || !scrolls) return;
    const outer = el.getBoundingClientRect();
    const inner = step.getBoundingClientRect();
    // Scroll the box only (scrollIntoView would move the page too).
    if (inner.left < outer.left) el.scrollBy({ left: inner.left - outer.left });
    else if (inner.right > outer.right) el.scrollBy({ left: inner.right - outer.right });
  }, [box, current, scrolls]);

  return (
    <div
      ref={box}
      className="bptt__chain-scroll"
      data-testid="bptt-chain"
      {...(scrolls ? { role: 'region', tabIndex: 0, 'aria-label': label } : {})}
    >
      <div
        className="bptt__chain"
        ref={chartRef}
        style={{ minWidth: `${Math.round(chainWidth(T) * MIN_SCALE)}px` }}
      />
    </div>
  );
}
