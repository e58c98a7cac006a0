// The output head z = V h + c and the three losses of src/core/losses.ts, each writing
// ∂E/∂z = output − target. Losses are summed in float64 (they are what the parity tests and
// the divergence guard read); the logits and gradients stay float32.
import { addInto, at, copy, gemvAdd, outerAddGemvT, setAt } from './kernels';

/** z = V h + c, with V (O × K) followed by c (O) at `V`. */
export function headForward(V: usize, O: i32, K: i32, h: usize, z: usize): void {
  copy(z, V + ((<usize>(O * K)) << 2), O);
  gemvAdd(z, V, O, K, h);
}

/** Adds ∂E/∂V = dz hᵀ and ∂E/∂c = dz into gV (same layout as V) and dh += Vᵀ dz. */
export function headBackward(
  V: usize,
  gV: usize,
  O: i32,
  K: i32,
  h: usize,
  dz: usize,
  dh: usize,
): void {
  outerAddGemvT(gV, V, O, K, dz, h, dh);
  addInto(gV + ((<usize>(O * K)) << 2), dz, O);
}

/** Cross-entropy −ln softmax(z)[target] in nats; dz = softmax(z) − onehot(target). */
export function softmaxLoss(z: usize, O: i32, target: i32, dz: usize): f64 {
  let max = -Infinity;
  for (let k = 0; k < O; k++) max = Math.max(max, <f64>at(z, k));
  let sum: f64 = 0;
  for (let k = 0; k < O; k++) sum += Math.exp(<f64>at(z, k) - max);
  for (let k = 0; k < O; k++) setAt(dz, k, <f32>(Math.exp(<f64>at(z, k) - max) / sum));
  setAt(dz, target, at(dz, target) - 1);
  return max + Math.log(sum) - <f64>at(z, target);
}

/** Squared error ½‖z − d‖²; dz = z − d. */
export function linearLoss(z: usize, O: i32, d: usize, dz: usize): f64 {
  let loss: f64 = 0;
  for (let k = 0; k < O; k++) {
    const e = at(z, k) - at(d, k);
    setAt(dz, k, e);
    loss += 0.5 * <f64>e * <f64>e;
  }
  return loss;
}

/** Binary cross-entropy from the logits, Σ softplus(z) − d z; dz = σ(z) − d. */
export function sigmoidLoss(z: usize, O: i32, d: usize, dz: usize): f64 {
  let loss: f64 = 0;
  for (let k = 0; k < O; k++) {
    const zk = <f64>at(z, k);
    const dk = <f64>at(d, k);
    const y = zk >= 0 ? 1 / (1 + Math.exp(-zk)) : Math.exp(zk) / (1 + Math.exp(zk));
    setAt(dz, k, <f32>(y - dk));
    const softplus = zk > 0 ? zk + Math.log1p(Math.exp(-zk)) : Math.log1p(Math.exp(zk));
    loss += softplus - dk * zk;
  }
  return loss;
}
