import { softmax } from './activations';
import type { OutputKind } from './cells/jordan';
import { sigmoid } from './cells/kernels';

/** A step's target: a class index (softmax), a vector (linear, sigmoid), or null for no loss. */
export type Target = number | Float64Array | null;

interface StepLoss {
  /** E_t */
  readonly loss: number;
  /** ∂E_t/∂z_t with respect to the logits. */
  readonly dLogits: Float64Array;
  /** What the model outputs: probabilities (softmax, sigmoid) or values (linear). */
  readonly output: Float64Array;
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function outputOf(kind: OutputKind, logits: Float64Array): Float64Array {
  if (kind === 'softmax') return softmax(logits);
  if (kind === 'sigmoid') return logits.map(sigmoid);
  return logits.slice();
}

/**
 * The loss of one step from its logits:
 * - softmax: cross-entropy −ln p_d (in nats);
 * - linear: squared error ½‖y − d‖²;
 * - sigmoid: binary cross-entropy −Σ d ln y + (1 − d) ln(1 − y), computed from the logits.
 * For all three, ∂E/∂z = output − target.
 */
export function stepLoss(
  kind: OutputKind,
  logits: Float64Array,
  target: Exclude<Target, null>,
): StepLoss {
  const output = outputOf(kind, logits);
  const dLogits = output.slice();
  let loss = 0;
  if (kind === 'softmax') {
    if (
      typeof target !== 'number' ||
      !Number.isInteger(target) ||
      target < 0 ||
      target >= logits.length
    ) {
      throw new Error(`softmax target must be a class index in 0..${logits.length - 1}`);
    }
    let max = -Infinity;
    for (const z of logits) if (z > max) max = z;
    let sum = 0;
    for (const z of logits) sum += Math.exp(z - max);
    loss = max + Math.log(sum) - logits[target]!;
    dLogits[target]! -= 1;
    return { loss, dLogits, output };
  }
  if (typeof target === 'number' || target.length !== logits.length) {
    throw new Error(`${kind} target must be a vector of ${logits.length}`);
  }
  for (let k = 0; k < logits.length; k++) {
    const d = target[k]!;
    dLogits[k]! -= d;
    if (kind === 'linear') loss += 0.5 * (output[k]! - d) ** 2;
    else loss += softplus(logits[k]!) - d * logits[k]!;
  }
  return { loss, dLogits, output };
}
