// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Chart } from '../charts/chart';
import { useChart } from './useChart';

interface Options {
  readonly label: string;
  onPick(k: number): void;
}

/** A chart that records how often it was made and updated, and can call its callback. */
function recorder() {
  const log = { created: 0, destroyed: 0, updates: [] as number[], pick: (_k: number) => {} };
  const create = (_el: Element, opts: Options): Chart<number> => {
    log.created++;
    log.pick = (k) => opts.onPick(k);
    return { update: (d) => log.updates.push(d), destroy: () => log.destroyed++ };
  };
  return { log, create };
}

describe('useChart', () => {
  it('keeps its chart when only a callback in the options is new, and calls the latest one', () => {
    const { log, create } = recorder();
    const picked: string[] = [];
    function Figure({ data, label }: { data: number; label: string }) {
      // A fresh options object and closure every render, as a figure writes it inline.
      const ref = useChart(
        create,
        { label, onPick: (k: number) => picked.push(`${data}:${k}`) },
        data,
      );
      return <div ref={ref} />;
    }
    const view = render(<Figure data={1} label="a" />);
    for (let d = 2; d <= 6; d++) view.rerender(<Figure data={d} label="a" />);
    expect(log.created).toBe(1);
    expect(log.destroyed).toBe(0);
    expect(log.updates).toEqual([1, 2, 3, 4, 5, 6]);
    log.pick(9);
    expect(picked).toEqual(['6:9']);

    // Another value that is not a function: a new chart.
    view.rerender(<Figure data={7} label="b" />);
    expect(log.created).toBe(2);
    expect(log.destroyed).toBe(1);
    expect(log.updates.at(-1)).toBe(7);
  });
});
