// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createTrainingSession, Scheduler, type SessionConfig } from '../../sim';
import { referenceWeights, tinyConfig } from '../../sim/testing/fixtures';
import { EngineBadge } from '../../ui/EngineBadge';
import { LangContext } from '../../ui/LangContext';
import { useTrainingSession, type TrainingSessionHandle } from './useTrainingSession';

afterEach(cleanup);

let handle: TrainingSessionHandle | null = null;
/** Lets the test read the hook's latest result (outside render, as a widget's effects would). */
const expose = (training: TrainingSessionHandle) => {
  handle = training;
};

function Trainer({ config }: { config: SessionConfig }) {
  const training = useTrainingSession(config, {
    engine: 'core',
    backend: 'thread',
    scheduler: new Scheduler(),
    timing: { progressIntervalMs: 0 },
  });
  useEffect(() => expose(training));
  return (
    <>
      <EngineBadge {...training.badge} />
      <p data-testid="step">{training.progress?.step ?? 0}</p>
    </>
  );
}

function mount(config: SessionConfig = tinyConfig) {
  return render(
    <LangContext.Provider value="en">
      <Trainer config={config} />
    </LangContext.Provider>,
  );
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

describe('useTrainingSession', { timeout: 90_000 }, () => {
  it('switching the engine from the badge carries the weights and the step count over', async () => {
    mount();
    expect(handle!.engine).toMatchObject({ engine: 'core', where: 'thread' });
    await act(() => handle!.session!.step(20));
    expect(screen.getByTestId('step').textContent).toBe('20');
    const weights = handle!.session!.getWeights();
    expect(Array.from(weights)).toEqual(Array.from(referenceWeights(tinyConfig, 20)));
    const first = handle!.session;

    fireEvent.change(screen.getByLabelText('Training engine'), { target: { value: 'cpu' } });
    await screen.findByText(/^running on CPU/, {}, { timeout: 80_000 });
    expect(first!.state).toBe('disposed');
    expect(handle!.requestedEngine).toBe('cpu');
    const moved = handle!.session!;
    expect(moved).not.toBe(first);
    // The tfjs engine holds the carried weights (in float32).
    await act(() => moved.pause());
    expect(maxAbsDiff(moved.getWeights(), weights)).toBeLessThan(1e-7);
    await act(() => moved.step(5));
    expect(screen.getByTestId('step').textContent).toBe('25');
    // Trained on from the carried weights: a core session started from them (fresh optimiser,
    // data from the start, as after the switch) ends where the tfjs one does.
    const check = createTrainingSession(tinyConfig, {
      backend: 'thread',
      scheduler: new Scheduler(),
    });
    await check.setWeights(weights);
    await check.step(5);
    expect(maxAbsDiff(moved.getWeights(), check.getWeights())).toBeLessThan(1e-5);
    expect(maxAbsDiff(moved.getWeights(), weights)).toBeGreaterThan(1e-3);
    check.dispose();
  });

  it('disables the tfjs engines for TBPTT, saying why, and reports a refused config', async () => {
    mount({ ...tinyConfig, batchSize: 1, algorithm: { kind: 'tbptt', k1: 3, k2: 3 } });
    for (const name of [/^WebGL/, /^WASM/, /^CPU/]) {
      const option = screen.getByRole('option', { name }) as HTMLOptionElement;
      expect(option.disabled).toBe(true);
      expect(option.textContent).toMatch(
        /unavailable: this model or algorithm trains on typed arrays only$/,
      );
    }
    cleanup();
    mount({ ...tinyConfig, batchSize: 0 });
    expect(handle!.session).toBeNull();
    expect(handle!.error).toMatch(/batchSize must be an integer ≥ 1/);
  });

  it('disposes the session on unmount', async () => {
    const view = mount();
    const session = handle!.session!;
    view.unmount();
    expect(session.state).toBe('disposed');
  });
});
