// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pageScheduler } from '../../sim';
import { LangContext } from '../../ui/LangContext';
import { widgetList } from '../list';
import { WidgetHost } from './WidgetHost';

afterEach(cleanup);
// Figures that train on mount (Embeddings) wait as in a hidden tab: the controls mount all the same.
beforeAll(() => pageScheduler.setPageVisible(false));
afterAll(() => pageScheduler.setPageVisible(true));

/** Settings under which a figure mounts controls it shows only then (a member's own sizes). */
const alsoUnder: Readonly<Record<string, readonly Record<string, string>[]>> = {
  Family: [{ member: 'deep' }, { member: 'lstm' }],
  ClockworkWave: [{ target: 'drawn' }],
  // The LSTM's, the clockwork's, truncated BPTT's and the EKF's settings, the initialiser's scale and the
  // spectral radius show only when they apply; a task's parameters only for a task that has some.
  Playground: [
    { cell: 'lstm', init: 'gaussian', scaleRho: 'true', algorithm: 'tbptt', task: 'latch' },
    { cell: 'clockwork' },
    { algorithm: 'ekf' },
    // The echo state network's own view (esn/): its reservoir settings and the ridge readout.
    { cell: 'esn', algorithm: 'ridge' },
  ],
};

/**
 * Props with no control of their own, and why. hide= has nothing to hide for them; lock= holds
 * them all the same, in the store (widgetStore.test.ts).
 */
const noControl: Readonly<Record<string, readonly string[]>> = {
  // The start point is clicked on the error surface: the picture is the control.
  Cliff: ['w', 'b'],
  // Sampling and the probe mount once a model has trained or loaded (the worker, not jsdom).
  CharRNN: ['temperature', 'seedText', 'probe', 'sampleLength'],
};

/** The props of a widget that a mounted control sets (every control, More settings included). */
async function controlledKeys(index: number, params: Record<string, string>, seen: Set<string>) {
  const entry = widgetList[index]!;
  const { container, unmount } = render(
    <LangContext.Provider value="en">
      <WidgetHost
        widget={entry}
        params={params}
        embedded
        controls={{ hide: [], lock: [], onControl: (key) => seen.add(key) }}
      />
    </LangContext.Provider>,
  );
  const root = container.querySelector(`[data-widget="${entry.info.name}"]`) as HTMLElement;
  for (let i = 0; i < 400 && root.dataset['status'] === 'loading'; i++)
    await act(() => new Promise((resolve) => setTimeout(resolve, 25)));
  await act(async () => {});
  expect(root.dataset['status']).not.toBe('loading');
  unmount();
}

describe('hide= and lock= reach every setting', { timeout: 120_000 }, () => {
  it.each(widgetList.map((entry, i) => [entry.info.name, i] as const))(
    '%s: every prop of its schema has a control that honours them',
    async (name, index) => {
      const meta = await widgetList[index]!.loadMeta();
      const seen = new Set<string>();
      for (const params of [{}, ...(alsoUnder[name] ?? [])])
        await controlledKeys(index, params, seen);
      const exempt = noControl[name] ?? [];
      const missing = Object.keys(meta.props.shape).filter(
        (key) => !seen.has(key) && !exempt.includes(key),
      );
      expect(missing).toEqual([]);
      // An exemption that has since got a control is stale.
      for (const key of exempt) expect(seen.has(key), `${name}.${key} has a control`).toBe(false);
    },
  );
});
