import { activations, softmax, type ActivationName } from '../activations';
import { add, matVec, zeros, type Matrix, type Vector } from '../matrix';

/**
 * The simple recurrent network of chapter 1:
 *   s_t = f(U x_t + W s_{t-1}),  s_{-1} = 0
 *   o_t = softmax(V s_t)
 * U is hidden x input, W is hidden x hidden, V is output x hidden (row-major, see matrix.ts).
 */
export interface SrnWeights {
  readonly U: Matrix;
  readonly W: Matrix;
  readonly V: Matrix;
}

export interface SrnStep {
  /** U x_t */
  readonly input: Vector;
  /** W s_{t-1} */
  readonly recurrent: Vector;
  /** U x_t + W s_{t-1}, before the activation */
  readonly preactivation: Vector;
  readonly sPrev: Vector;
  readonly s: Vector;
  readonly o: Vector;
}

function checkSrnShapes({ U, W, V }: SrnWeights): void {
  if (W.rows !== W.cols) throw new Error(`W must be square, got ${W.rows}x${W.cols}`);
  if (U.rows !== W.rows) throw new Error(`U has ${U.rows} rows but the hidden size is ${W.rows}`);
  if (V.cols !== W.rows)
    throw new Error(`V has ${V.cols} columns but the hidden size is ${W.rows}`);
}

export function srnStep(
  weights: SrnWeights,
  x: Vector,
  sPrev: Vector,
  activation: ActivationName = 'tanh',
): SrnStep {
  const f = activations[activation].f;
  const input = matVec(weights.U, x);
  const recurrent = matVec(weights.W, sPrev);
  const preactivation = add(input, recurrent);
  const s = preactivation.map(f);
  const o = softmax(matVec(weights.V, s));
  return { input, recurrent, preactivation, sPrev, s, o };
}

/** Runs the network over a whole sequence from s_{-1} = 0 and returns every step. */
export function srnForward(
  weights: SrnWeights,
  xs: readonly Vector[],
  activation: ActivationName = 'tanh',
): SrnStep[] {
  checkSrnShapes(weights);
  const steps: SrnStep[] = [];
  let s: Vector = zeros(weights.W.rows, 1).data;
  for (const x of xs) {
    const step = srnStep(weights, x, s, activation);
    steps.push(step);
    s = step.s;
  }
  return steps;
}
