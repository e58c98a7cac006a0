// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { memo, Suspense, use, useEffect, useState, type ComponentType } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDeferredStore } from './useDeferredStore';

afterEach(cleanup);

interface Snapshot {
  readonly step: number;
}

/** A training session's store in miniature: a reset lands synchronously, as on the page's thread. */
function createStore() {
  let snapshot: Snapshot = { step: 0 };
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    set(next: Snapshot) {
      snapshot = next;
      for (const listener of listeners) listener();
    },
  };
}
type Store = ReturnType<typeof createStore>;

function Figure({ store }: { store: Store }) {
  const { step } = useDeferredStore(store.subscribe, store.getSnapshot);
  return (
    <>
      <p data-testid="step">{step}</p>
      <button type="button" onClick={() => store.set({ step: 0 })}>
        Reset
      </button>
    </>
  );
}
type FigureModule = { default: ComponentType<{ store: Store }> };

/** The host's status setter, as the figure's busy effect calls it (useWidgetBusy → onStatus). */
const hostStatus = { set: (_status: string): void => undefined };

/** Reads the figure's code module in its render (as WidgetHost's Runtime and LoadedWidget do). */
function ModuleReader({ store, module }: { store: Store; module: Promise<FigureModule> }) {
  const { default: Loaded } = use(module);
  return <Loaded store={store} />;
}
const MemoModuleReader = memo(ModuleReader);

/** The figure host in miniature: it re-renders when the figure's status changes. */
function Host(props: { store: Store; module: Promise<FigureModule>; memoised: boolean }) {
  const [status, setStatus] = useState('ready');
  useEffect(() => {
    hostStatus.set = setStatus;
  }, []);
  const Reader = props.memoised ? MemoModuleReader : ModuleReader;
  return (
    <div data-status={status}>
      <Reader store={props.store} module={props.module} />
    </div>
  );
}

/**
 * Trains a step (reports arrive outside any act, as from a worker), then clicks Reset while the
 * host still has its status change to render — the Playground's dom test met this moment by
 * chance: the figure's effect had told the host it was no longer busy, the host had not
 * re-rendered yet.
 */
async function trainThenReset(memoised: boolean) {
  const module = Promise.resolve<FigureModule>({ default: Figure });
  const store = createStore();
  // Awaited: the first read suspends until the module arrives.
  await act(async () => {
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Host store={store} module={module} memoised={memoised} />
      </Suspense>,
    );
  });
  store.set({ step: 1 });
  await waitFor(() => expect(screen.getByTestId('step').textContent).toBe('1'));
  hostStatus.set('ready again');
  fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
  await waitFor(() => expect(screen.getByTestId('step').textContent).toBe('0'), { timeout: 3000 });
}

describe('useDeferredStore below a host that reads its code module', () => {
  it('renders a reset made inside a click: the host’s re-render stops above the module reader', async () => {
    await trainThenReset(true);
  });

  it('and why: when the host’s re-render reaches a use() of the (fulfilled) module, act() drops the reset’s transition', async () => {
    // React's act() takes a use() of a promise in work that continues for a suspension; a
    // synchronous act then drops the rest of its queue, and the transition holding the reset
    // is never rendered. This is what made the Playground's Reset never show step 0.
    // If React stops doing this, this test fails: the memo is then only a saving.
    await expect(trainThenReset(false)).rejects.toThrow(/expected '1' to be '0'/);
  });
});
