import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lstm1997Cell, type CellSpec } from '../core/cells';
import { forceWasmSupport } from '../wasm/detect';
import { useEngineFilesForTests } from '../wasm/testing/nodeSource';
import { resolveConfig } from './config';
import { engineProblem } from './engineStart';
import { Scheduler } from './scheduler';
import { TrainingSession } from './session';
import { referenceWeights, tinyConfig } from './testing/fixtures';
import type { EngineInfo, EngineRequest, SessionConfig, SessionEvent } from './types';

// Sessions on the wasm engine ('simd'), on this thread with the real clock; the binaries come
// from src/wasm/build (Vitest's globalSetup compiles them).
beforeAll(() => useEngineFilesForTests());
afterEach(() => forceWasmSupport(null));

function open(config: SessionConfig, engine: EngineRequest) {
  const session = new TrainingSession(config, {
    engine,
    backend: 'thread',
    scheduler: new Scheduler(),
    timing: { progressIntervalMs: 0 },
  });
  const events: SessionEvent[] = [];
  session.on((e) => events.push(e));
  return { session, events };
}

const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};

const engineOf = (events: SessionEvent[]) =>
  events.find((e): e is { type: 'engine' } & EngineInfo => e.type === 'engine');

const lstmConfig: SessionConfig = {
  ...tinyConfig,
  spec: {
    ...tinyConfig.spec,
    cell: { kind: 'lstm', peepholes: true, forgetBias: 1 },
    hiddenSize: 6,
  },
};

/** Cells the wasm engine gained after SRN, GRU and the standard LSTM. */
const CELLS = {
  clockwork: { kind: 'clockwork', activation: 'tanh', periods: [1, 2] },
  jordan: { kind: 'jordan', activation: 'tanh' },
  nig: { kind: 'lstm', peepholes: false, forgetBias: 1, variant: 'nig' },
  lstm1997: lstm1997Cell(true),
} as const satisfies Record<string, CellSpec>;

describe('training sessions on the wasm engine', { timeout: 60_000 }, () => {
  it('reach the weights and loss of the typed-array engine after the same steps', async () => {
    for (const config of [tinyConfig, lstmConfig]) {
      const wasm = open(config, 'simd');
      await wasm.session.step(40);
      const info = engineOf(wasm.events)!;
      expect(info).toMatchObject({
        engine: 'simd',
        cause: 'requested',
        reasons: [],
        wasmBuild: 'simd',
      });
      expect(wasm.session.progress!.step).toBe(40);
      // float32 against float64, 40 Adam steps from the same start.
      expect(maxAbsDiff(wasm.session.getWeights(), referenceWeights(config, 40))).toBeLessThan(
        1e-4,
      );
      wasm.session.dispose();
    }
  });

  it('trains with truncated BPTT online, as the core does', async () => {
    const config: SessionConfig = {
      ...lstmConfig,
      batchSize: 1,
      algorithm: { kind: 'tbptt', k1: 3, k2: 5 },
    };
    const wasm = open(config, 'simd');
    await wasm.session.step(20);
    expect(maxAbsDiff(wasm.session.getWeights(), referenceWeights(config, 20))).toBeLessThan(1e-4);
    wasm.session.dispose();
  });

  it('runs the scalar build where WASM SIMD is missing, and says why', async () => {
    forceWasmSupport('no-simd');
    const wasm = open(tinyConfig, 'simd');
    await wasm.session.step(40);
    const info = engineOf(wasm.events)!;
    expect(info).toMatchObject({ engine: 'simd', cause: 'fallback', wasmBuild: 'scalar' });
    expect(info.reasons).toEqual([{ code: 'scalarBuild' }]);
    expect(maxAbsDiff(wasm.session.getWeights(), referenceWeights(tinyConfig, 40))).toBeLessThan(
      1e-4,
    );
    wasm.session.dispose();
  });

  it('falls back to the typed arrays without WebAssembly, with the reason', async () => {
    forceWasmSupport('no-wasm');
    const wasm = open(tinyConfig, 'simd');
    await wasm.session.step(5);
    const info = engineOf(wasm.events)!;
    expect(info).toMatchObject({ engine: 'core', cause: 'fallback' });
    expect(info.reasons).toEqual([{ code: 'wasmFailed', message: null }]);
    wasm.session.dispose();
  });

  it('names what it cannot train (RTRL) and takes every cell the core has', () => {
    const problem = (config: SessionConfig) => engineProblem(resolveConfig(config), 'simd');
    expect(problem(tinyConfig)).toBeNull();
    expect(problem({ ...tinyConfig, batchSize: 1, algorithm: { kind: 'rtrl' } })).toEqual({
      code: 'algorithmOnlyCore',
      algorithm: 'rtrl',
      engine: 'simd',
    });
    for (const cell of Object.values(CELLS))
      expect(problem({ ...tinyConfig, spec: { ...tinyConfig.spec, cell } })).toBeNull();
  });

  it('trains clockwork, Jordan and LSTM-variant sessions as the typed-array engine does', async () => {
    for (const cell of Object.values(CELLS)) {
      const config = { ...tinyConfig, spec: { ...tinyConfig.spec, cell, hiddenSize: 4 } };
      const wasm = open(config, 'simd');
      await wasm.session.step(20);
      expect(engineOf(wasm.events)).toMatchObject({ engine: 'simd', reasons: [] });
      expect(maxAbsDiff(wasm.session.getWeights(), referenceWeights(config, 20))).toBeLessThan(
        1e-4,
      );
      wasm.session.dispose();
    }
  });
});
