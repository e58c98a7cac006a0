import { cliffDescent, pascanuCliff } from '../core/lessons';
import { fmt, type ReproRow } from './common';

/**
 * Gradient descent on the single-unit network's error surface (Pascanu, Mikolov & Bengio 2013,
 * figure 6), from a 15 × 15 grid of starting points around the cliff, with and without norm
 * clipping: without it, a step that lands on the wall is thrown far across the surface.
 */
export function reproduceCliff(lr = 2, threshold = 1, steps = 400): ReproRow {
  const run = (clip: number | undefined) => {
    let reached = 0;
    let largestStep = 0;
    let n = 0;
    for (let i = 0; i < 15; i++) {
      for (let j = 0; j < 15; j++) {
        const start = { w: 3 + (i * 4) / 14, b: -4 + (j * 3.5) / 14 };
        const path = cliffDescent(pascanuCliff, start, { lr, steps, clipThreshold: clip });
        n++;
        if (path.at(-1)!.loss < 1e-4) reached++;
        for (let k = 1; k < path.length; k++) {
          largestStep = Math.max(
            largestStep,
            Math.hypot(path[k]!.w - path[k - 1]!.w, path[k]!.b - path[k - 1]!.b),
          );
        }
      }
    }
    return { share: reached / n, largestStep };
  };
  const plain = run(undefined);
  const clipped = run(threshold);
  return {
    experiment: 'Crossing the single-unit cliff with and without gradient clipping',
    source: 'Pascanu, Mikolov & Bengio 2013, §3 and fig. 6',
    published:
      'without clipping, steps on the cliff wall are catapulted away; norm clipping keeps them near and lets descent cross',
    measured: `starts reaching E < 1e-4 in ${steps} steps: clipped ${fmt(100 * clipped.share)}%, plain ${fmt(100 * plain.share)}%; largest step: plain ${fmt(plain.largestStep)}, clipped ${fmt(clipped.largestStep)}`,
    reproduced: clipped.share > plain.share && plain.largestStep > 20 * clipped.largestStep,
    details: { learningRate: lr, threshold, starts: 225 },
  };
}
