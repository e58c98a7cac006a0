import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';
import { TrainingSession } from './session';
import { tinyConfig } from './testing/fixtures';
import type { SessionConfig } from './types';

const bad = (change: Partial<SessionConfig>) => () => resolveConfig({ ...tinyConfig, ...change });

describe('session config', () => {
  it('fills in the defaults', () => {
    const r = resolveConfig({ ...tinyConfig, dataSeed: undefined, batchSize: undefined });
    expect(r.algorithm).toEqual({ kind: 'bptt' });
    expect(r.batchSize).toBe(1);
    expect(r.maxGradNorm).toBe(1e6);
    expect(Number.isInteger(r.dataSeed)).toBe(true);
    expect(r.dataSeed).not.toBe(tinyConfig.seed);
  });

  it('refuses, with a message, what cannot train', () => {
    expect(bad({ data: { kind: 'task', name: 'reber' } })).toThrow(
      /task reber needs inputSize 7 \(the model has 1\), outputSize 7 .* a 'softmax' output/,
    );
    expect(bad({ data: { kind: 'task', name: 'nope' } })).toThrow(/unknown task name "nope"/);
    expect(bad({ algorithm: { kind: 'rtrl' }, batchSize: 4 })).toThrow(
      /RTRL .* batchSize must be 1/,
    );
    expect(
      bad({
        spec: { ...tinyConfig.spec, bidirectional: true },
        algorithm: { kind: 'tbptt', k1: 2, k2: 4 },
        batchSize: 1,
      }),
    ).toThrow(/bidirectional/);
    expect(bad({ algorithm: { kind: 'tbptt', k1: 4, k2: 2 }, batchSize: 1 })).toThrow(/k1 ≤ k2/);
    expect(bad({ batchSize: 0 })).toThrow(/batchSize/);
    expect(bad({ maxGradNorm: 0 })).toThrow(/maxGradNorm/);
    expect(bad({ data: { kind: 'samples', samples: [] } })).toThrow(/no samples/);
    expect(
      bad({
        data: { kind: 'samples', samples: [{ inputs: [Float64Array.of(1, 2)], targets: [null] }] },
      }),
    ).toThrow(/sample 0 does not fit the model: .*length 2/);
    expect(
      () => new TrainingSession({ ...tinyConfig, train: { optimiser: { kind: 'sgd', lr: -1 } } }),
    ).toThrow(/learning rate/);
  });
});
