import { createTrainingSession } from '../sim';
import { specFor, T, V } from './engines';
import { createRng } from '../core/rng';
import { oneHot } from '../core/vocabulary';
import type { Sample } from '../core/model';

/**
 * How long the main thread is blocked while a training session runs: a session trains an LSTM
 * character model (H = 128) for `ms` milliseconds while a PerformanceObserver records every
 * long task (> 50 ms, the browser's own threshold). Returns the longest, or 0 when there were
 * none, and the steps the session made.
 */
export async function longestTaskWhileTraining(backend: 'worker' | 'thread', ms = 3000) {
  const rng = createRng(5);
  const samples: Sample[] = Array.from({ length: 16 }, () => {
    const ids = Array.from({ length: T + 1 }, () => Math.floor(rng.next() * V));
    return { inputs: ids.slice(0, T).map((i) => oneHot(i, V)), targets: ids.slice(1) };
  });
  // Start in a fresh task: the benchmark's previous (synchronous) work must not be counted.
  await new Promise((r) => setTimeout(r, 250));
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const session = createTrainingSession(
    {
      spec: specFor('lstm', 128),
      seed: 1,
      train: { optimiser: { kind: 'adam', lr: 0.01 } },
      data: { kind: 'samples', samples },
    },
    { backend },
  );
  let steps = 0;
  session.on((e) => {
    if (e.type === 'progress') steps = e.step;
  });
  session.start();
  await new Promise((r) => setTimeout(r, ms));
  session.pause();
  await new Promise((r) => setTimeout(r, 200));
  session.dispose();
  observer.disconnect();
  return { backend, longestTaskMs: longest, steps };
}
