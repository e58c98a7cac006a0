import { cliffDescent, cliffSurface, type DescentStep, pascanuCliff } from '../../core/lessons';
import { MAP_B, MAP_W } from './meta';

/** Samples per side of the error-surface grid (100² = 10,000 evaluations of a 50-step net). */
export const GRID = 100;
/** Contour levels of log₁₀ E. */
export const LOG_LEVELS = [-6, -5, -4, -3, -2, -1.5, -1, -0.5] as const;
/** E below this is drawn as this (log₁₀ of 0 would be −∞). */
const FLOOR = 1e-12;

/** log₁₀ E on the map's grid (rows: b from MAP_B[0] up, columns: w from MAP_W[0] right). */
export function logSurface(n = GRID): Float64Array {
  return cliffSurface(pascanuCliff, MAP_W, MAP_B, n).map((e) => Math.log10(Math.max(e, FLOOR)));
}

export interface CliffRuns {
  readonly plain: readonly DescentStep[];
  readonly clipped: readonly DescentStep[];
}

/** The two descents the widget draws: from the same start, with the same learning rate. */
export function runBoth(p: {
  w: number;
  b: number;
  lr: number;
  threshold: number;
  steps: number;
}): CliffRuns {
  const start = { w: p.w, b: p.b };
  return {
    plain: cliffDescent(pascanuCliff, start, { lr: p.lr, steps: p.steps }),
    clipped: cliffDescent(pascanuCliff, start, {
      lr: p.lr,
      steps: p.steps,
      clipThreshold: p.threshold,
    }),
  };
}

export interface RunSummary {
  /** Steps taken up to the one shown (fewer when the run stopped on a non-finite value). */
  readonly steps: number;
  /** E after those steps. */
  readonly loss: number;
  /** Length of the longest step ‖Δ(w, b)‖ so far, and which step (1-based) it was. */
  readonly largestStep: number;
  readonly largestAt: number;
  /** How many steps had their gradient rescaled by clipping. */
  readonly clippedSteps: number;
  /** The run stopped because E or ∇E stopped being finite. */
  readonly diverged: boolean;
}

export const stepLength = (path: readonly DescentStep[], k: number) =>
  Math.hypot(path[k]!.w - path[k - 1]!.w, path[k]!.b - path[k - 1]!.b);

/** What the table shows for a run after `shown` steps. */
export function summarize(path: readonly DescentStep[], shown: number): RunSummary {
  const steps = Math.min(shown, path.length - 1);
  let largestStep = 0;
  let largestAt = 0;
  let clippedSteps = 0;
  for (let k = 1; k <= steps; k++) {
    const len = stepLength(path, k);
    if (len > largestStep) {
      largestStep = len;
      largestAt = k;
    }
    if (path[k - 1]!.clipped) clippedSteps++;
  }
  const last = path.at(-1)!;
  const diverged =
    steps === path.length - 1 && !(Number.isFinite(last.loss) && Number.isFinite(last.gradNorm));
  return { steps, loss: path[steps]!.loss, largestStep, largestAt, clippedSteps, diverged };
}
