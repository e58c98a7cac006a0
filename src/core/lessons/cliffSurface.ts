/**
 * The single-unit network of Pascanu, Mikolov & Bengio (2013, section 3.1 and figure 6):
 *
 *   x_t = w σ(x_{t−1}) + b,   x_0 = 0.5,   E(w, b) = (σ(x_T) − target)²
 *
 * Its error surface has a "cliff": a narrow wall where the gradient explodes, next to a plateau
 * where it vanishes. Gradients are exact (forward-mode recursion), so a gradient-descent
 * trajectory across the surface, with or without norm clipping, can be drawn step by step.
 */
interface CliffProblem {
  readonly T: number;
  readonly x0: number;
  readonly target: number;
}

export const pascanuCliff: CliffProblem = { T: 50, x0: 0.5, target: 0.7 };

const sigma = (x: number) => 1 / (1 + Math.exp(-x));

/** E(w, b) and its gradient (∂E/∂w, ∂E/∂b). */
export function cliffLoss(
  problem: CliffProblem,
  w: number,
  b: number,
): { loss: number; dw: number; db: number } {
  let x = problem.x0;
  let dxdw = 0;
  let dxdb = 0;
  for (let t = 1; t <= problem.T; t++) {
    const s = sigma(x);
    const ds = s * (1 - s);
    // d/dθ of w σ(x) + b, with x = x_{t−1} depending on θ too.
    dxdw = s + w * ds * dxdw;
    dxdb = 1 + w * ds * dxdb;
    x = w * s + b;
  }
  const s = sigma(x);
  const e = s - problem.target;
  const dEdx = 2 * e * s * (1 - s);
  return { loss: e * e, dw: dEdx * dxdw, db: dEdx * dxdb };
}

export interface DescentStep {
  readonly w: number;
  readonly b: number;
  readonly loss: number;
  /** ‖∇E‖ before clipping. */
  readonly gradNorm: number;
  readonly clipped: boolean;
}

/**
 * Gradient descent from (w, b), `steps` times, optionally with norm clipping (Pascanu et al.
 * 2013, algorithm 1: if ‖g‖ > threshold, g ← threshold · g / ‖g‖). Stops early if a value is no
 * longer finite. The first entry is the starting point.
 */
export function cliffDescent(
  problem: CliffProblem,
  start: { w: number; b: number },
  options: { lr: number; steps: number; clipThreshold?: number },
): DescentStep[] {
  let { w, b } = start;
  const path: DescentStep[] = [];
  for (let i = 0; i <= options.steps; i++) {
    const { loss, dw, db } = cliffLoss(problem, w, b);
    const gradNorm = Math.hypot(dw, db);
    const clipped = options.clipThreshold !== undefined && gradNorm > options.clipThreshold;
    path.push({ w, b, loss, gradNorm, clipped });
    if (!Number.isFinite(loss) || !Number.isFinite(gradNorm) || i === options.steps) break;
    const k = clipped ? options.clipThreshold! / gradNorm : 1;
    w -= options.lr * k * dw;
    b -= options.lr * k * db;
  }
  return path;
}

/** E on a grid over [w0, w1] × [b0, b1] (rows: b, columns: w), for a contour map. */
export function cliffSurface(
  problem: CliffProblem,
  w: readonly [number, number],
  b: readonly [number, number],
  n: number,
): Float64Array {
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const bi = b[0] + ((b[1] - b[0]) * i) / (n - 1);
    for (let j = 0; j < n; j++)
      out[i * n + j] = cliffLoss(problem, w[0] + ((w[1] - w[0]) * j) / (n - 1), bi).loss;
  }
  return out;
}
