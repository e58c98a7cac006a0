import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { charModelSpec, corpusTrainingText } from '../../core/charModel';
import { loadModel } from '../../core/model';
import { Scheduler } from '../../sim';
import { CharTrainer, type TrainSettings } from './controller';

const text = 'the cat sat on the mat. the dog sat on the log. '.repeat(4);
const V = new Set(text).size;
const train: TrainSettings = {
  seqLen: 8,
  batch: 2,
  lr: 0.01,
  optimiser: 'adam',
  clip: 5,
  engine: 'core',
};

const unsubscribers = new Map<CharTrainer, () => void>();

/**
 * A trainer on the main thread with its own scheduler, progress after every step, and a
 * subscriber (its controller builds a session only while someone listens, as a mounted widget).
 */
function make() {
  const t = new CharTrainer({
    backend: 'thread',
    scheduler: new Scheduler(),
    timing: { progressIntervalMs: 0 },
  });
  unsubscribers.set(
    t,
    t.controller.subscribe(() => undefined),
  );
  return t;
}

/** The last subscriber leaves: the controller disposes the session. */
function close(t: CharTrainer) {
  const session = t.current;
  unsubscribers.get(t)?.();
  expect(session?.state ?? 'disposed').toBe('disposed');
}

describe('CharTrainer', () => {
  it('continues from the current weights when only the training settings change', async () => {
    const t = make();
    t.configure(charModelSpec('gru', 8, 1, V), text, train);
    await t.step(3);
    expect(t.snapshot.step).toBe(3);
    expect(t.snapshot.source).toBe('trained');
    const trained = t.getWeights()!;
    const firstSession = t.current;

    t.configure(charModelSpec('gru', 8, 1, V), text, { ...train, lr: 0.002, clip: 0 });
    expect(t.current).not.toBe(firstSession);
    await Promise.resolve();
    expect(Array.from(t.getWeights()!)).toEqual(Array.from(trained));
    expect(t.snapshot.step).toBe(3);
    await t.step(2);
    expect(t.snapshot.step).toBe(5);
    expect(t.snapshot.history.at(-1)!.step).toBe(5);
    close(t);
  });

  it('moves to another engine with the weights, the step count and the loss history', async () => {
    const t = make();
    const spec = charModelSpec('gru', 8, 1, V);
    t.configure(spec, text, train);
    await t.step(4);
    const trained = t.getWeights()!;
    const history = t.snapshot.history;
    expect(history.at(-1)!.step).toBe(4);
    expect(t.snapshot.engine).toMatchObject({ engine: 'core', where: 'thread' });

    // tfjs's CPU backend (float32): the weights arrive rounded to single precision.
    t.configure(spec, text, { ...train, engine: 'cpu' });
    await expect.poll(() => t.snapshot.engine?.engine, { timeout: 20_000 }).toBe('cpu');
    expect(t.snapshot.engine).toMatchObject({ requested: 'cpu', cause: 'requested' });
    await t.step(2);
    expect(t.snapshot.step).toBe(6);
    expect(t.snapshot.history.slice(0, history.length)).toEqual(history);
    expect(t.snapshot.history.at(-1)!.step).toBe(6);
    // Training went on from the carried weights, not from a fresh draw: the first cpu step's
    // loss is that of the trained model, far from the untrained ln V.
    expect(t.snapshot.source).toBe('trained');
    const moved = t.getWeights()!;
    const drift = Math.max(...Array.from(moved, (w, k) => Math.abs(w - trained[k]!)));
    expect(drift).toBeGreaterThan(0);
    expect(drift).toBeLessThan(0.1); // two Adam steps at lr 0.01 from the carried weights
    close(t);
  });

  it('builds fresh weights when the architecture changes, and refuses a config the session refuses', async () => {
    const t = make();
    t.configure(charModelSpec('lstm', 8, 1, V), text, train);
    await t.step(2);
    t.configure(charModelSpec('lstm', 12, 1, V), text, train);
    expect(t.snapshot).toMatchObject({ step: 0, history: [], source: 'init', lossNats: null });
    const size = t.current!.model.layout.size;
    expect(t.getWeights()).toHaveLength(size);

    const before = t.current;
    t.configure(charModelSpec('lstm', 12, 1, V), text, { ...train, seqLen: 10_000 });
    expect(t.current).toBe(before);
    expect(t.snapshot.message).toMatch(/seqLength 10000/);
    close(t);
  });

  it('keeps weights for a model being rebuilt and ignores weights of the wrong size', async () => {
    const t = make();
    t.configure(charModelSpec('srn', 8, 1, V), text, train);
    const wrong = new Float64Array(5).fill(1);
    t.applyWeights(wrong, 'file');
    expect(t.snapshot.source).toBe('init');

    const next = charModelSpec('srn', 6, 2, V);
    const probe = make();
    probe.configure(next, text, train);
    const weights = probe.getWeights()!.map((_, k) => Math.sin(k));
    close(probe);
    t.applyWeights(weights, 'file', true);
    t.configure(next, text, train);
    await Promise.resolve();
    expect(t.snapshot.source).toBe('file');
    expect(Array.from(t.getWeights()!)).toEqual(Array.from(weights));
    close(t);
  });

  it('reports a divergence and keeps the last good weights', async () => {
    // The shipped model under Adam at lr = 10 without clipping: its first update throws the
    // weights so far that the next gradient norm (~1e10) trips the session's guard.
    const shipped = loadModel(
      readFileSync(path.join(process.cwd(), 'public', 'models', 'charrnn-en.json'), 'utf8'),
    );
    const corpus = corpusTrainingText(
      readFileSync(path.join(process.cwd(), 'content', 'corpus', 'en.txt'), 'utf8'),
    );
    const t = make();
    t.configure(shipped.model.spec, corpus, {
      seqLen: 32,
      batch: 16,
      lr: 10,
      optimiser: 'adam',
      clip: 0,
      engine: 'core',
    });
    t.applyWeights(shipped.params, 'shipped');
    await Promise.resolve();
    await t.step(20);
    expect(t.snapshot.state).toBe('diverged');
    expect(t.snapshot.message).toMatch(/gradient|loss/i);
    expect(t.snapshot.step).toBeLessThan(20);
    expect(Array.from(t.getWeights()!).every(Number.isFinite)).toBe(true);
    close(t);
  });
});
