// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { metricKind, watchModel } from '../../../core/experiments';
import { LangContext } from '../../../ui/LangContext';
import { WidgetHost } from '../../host/WidgetHost';
import { findWidget } from '../../list';
import { compose, heldOutSamples } from '../compose';
import { emptyHistory, heldOutCount, withWatch } from '../history';
import { STORAGE_KEY } from '../keep/browserStore';
import { readModelFile } from '../keep/modelFile';
import { WatchPanel } from '../WatchPanel';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const LONG = { timeout: 20_000 };
const props = { cell: 'gru', hidden: 5, task: 'latch', taskParams: '{"T":6}' };

/** What the Watch shows, as a reader of the DOM sees it. */
function shown() {
  const gate = (name: string) =>
    Array.from(
      screen.getByTestId(`playground-gate-${name}`).querySelectorAll('rect[data-value]'),
      (r) => r.getAttribute('data-value'),
    );
  return {
    z: gate('z'),
    r: gate('r'),
    gradients: screen.getByTestId('playground-gradients-readout').textContent,
    agreement: screen.getByTestId('playground-agreement').dataset['relative'],
    states: screen.getByTestId('playground-states').dataset['steps'],
  };
}

/** The Watch panel drawn from the core's own evaluation of `weights` (the job's function). */
function coreWatch(text: string, weights: Float64Array, step: number) {
  const read = readModelFile(text, 'en');
  if (!read.ok) throw new Error(read.code);
  const c = compose(read.settings);
  if (!c.ok) throw new Error('refused');
  const samples = heldOutSamples(
    c.task,
    c.config.seed,
    heldOutCount(c.parameterCount, c.sampleLength),
  );
  const kind = metricKind(c.task);
  const watch = watchModel({ spec: c.model.spec, params: weights, samples, kind });
  const losses = [{ step, value: 0.5, seconds: 0 }];
  const history = withWatch({ ...emptyHistory, losses }, { step, seconds: 0, weights }, watch);
  const job = { state: 'done', reason: null, error: null } as const;
  render(
    <LangContext.Provider value="en">
      <WatchPanel
        history={history}
        metric={kind}
        heldOut={3}
        axis="steps"
        onAxis={() => {}}
        job={job}
      />
    </LangContext.Provider>,
  );
  const view = shown();
  cleanup();
  return view;
}

describe('the Watch after a restore', () => {
  it('shows the restored weights at once, as the core evaluates them, before any step', async () => {
    render(
      <LangContext.Provider value="en">
        <WidgetHost widget={findWidget('Playground')!} props={{ id: 'Playground', ...props }} />
      </LangContext.Provider>,
    );
    const status = await screen.findByTestId('playground-status', {}, LONG);
    await act(async () => {});
    for (let i = 1; i <= 4; i++) {
      fireEvent.click(screen.getByRole('button', { name: 'One step' }));
      await waitFor(() => expect(status.dataset['step']).toBe(String(i)), LONG);
    }
    fireEvent.click(screen.getByRole('button', { name: 'Save in this browser' }));
    await waitFor(() => expect(localStorage.getItem(STORAGE_KEY)).not.toBeNull(), LONG);
    const text = localStorage.getItem(STORAGE_KEY)!;
    const saved = readModelFile(text, 'en');
    if (!saved.ok) throw new Error(saved.code);

    // Back to the seed: the Watch shows step 0.
    fireEvent.click(screen.getByRole('button', { name: 'Reset weights' }));
    const watchStatus = () => screen.getByTestId('playground-watch-status').dataset['step'];
    await waitFor(() => expect(watchStatus()).toBe('0'), LONG);
    const seedView = shown();

    fireEvent.click(screen.getByRole('button', { name: 'Restore from this browser' }));
    // No training step: the Watch reads the restored weights by itself.
    await waitFor(() => expect(watchStatus()).toBe('4'), LONG);
    await waitFor(() => expect(status.dataset['step']).toBe('4'), LONG);
    const live = shown();
    cleanup();

    const expected = coreWatch(text, saved.weights, 4);
    expect(live).toEqual(expected);
    // …and they are not the seed's (the test would see a stale Watch).
    expect(live.gradients).not.toBe(seedView.gradients);
    expect(live.z).not.toEqual(seedView.z);
  }, 60_000);
});
