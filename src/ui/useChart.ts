import { useEffect, useRef } from 'react';
import type { Chart } from '../charts/chart';

/**
 * Mounts a d3 chart (create(el, options) -> { update, destroy }) into a React-owned element:
 * the chart is created once per options object and updated whenever `data` changes.
 */
export function useChart<O, D>(create: (el: Element, opts: O) => Chart<D>, opts: O, data: D) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart<D> | null>(null);
  useEffect(() => {
    if (!ref.current) return undefined;
    chart.current = create(ref.current, opts);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [create, opts]);
  useEffect(() => {
    chart.current?.update(data);
  }, [data, create, opts]);
  return ref;
}
