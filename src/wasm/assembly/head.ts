// The output head z = V h + c and the three losses of src/core/losses.ts, each writing
// ∂E/∂z = output − target. Losses are summed in float64 (they are what the parity tests and
// the divergence guard read); the logits and gradients stay float32.
import { addInto, at, copy, gemvAdd, gemvTAdd, setAt } from './kernels';
import { bytes } from './step';
import { expV } from './vmath';

/** z = V h + c, with V (O × K) followed by c (O) at `V`. */
export function headForward(V: usize, O: i32, K: i32, h: usize, z: usize): void {
  copy(z, V + ((<usize>(O * K)) << 2), O);
  gemvAdd(z, V, O, K, h);
}

/**
 * One step of the head's backward: dh += Vᵀ dz and ∂E/∂c += dz (c's gradient sits after V's in
 * gV). ∂E/∂V = Σ_t dz_t h_tᵀ is added over all the steps at once afterwards (outerSumAdd).
 */
export function headBackward(V: usize, gV: usize, O: i32, K: i32, dz: usize, dh: usize): void {
  gemvTAdd(dh, V, O, K, dz);
  addInto(gV + ((<usize>(O * K)) << 2), dz, O);
}

/**
 * Cross-entropy −ln softmax(z)[target] in nats; dz = softmax(z) − onehot(target). Each
 * e^(z − max z) is computed once (four at a time with f32x4 in the SIMD build) and kept in dz
 * until the sum, taken in float64, divides it.
 */
export function softmaxLoss(z: usize, O: i32, target: i32, dz: usize): f64 {
  let max: f32 = -Infinity;
  let k = 0;
  let sum: f64 = 0;
  if (ASC_FEATURE_SIMD) {
    let m = f32x4.splat(-Infinity);
    for (; k + 4 <= O; k += 4) m = f32x4.pmax(m, v128.load(z + bytes(k)));
    max = Mathf.max(
      Mathf.max(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)),
      Mathf.max(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)),
    );
  }
  for (; k < O; k++) max = Mathf.max(max, at(z, k));
  k = 0;
  if (ASC_FEATURE_SIMD) {
    const mv = f32x4.splat(max);
    let acc = f64x2.splat(0);
    for (; k + 4 <= O; k += 4) {
      const o = bytes(k);
      const e = expV(f32x4.sub(v128.load(z + o), mv));
      v128.store(dz + o, e);
      const high = v128.shuffle<i32>(e, e, 2, 3, 0, 1);
      acc = f64x2.add(acc, f64x2.add(f64x2.promote_low_f32x4(e), f64x2.promote_low_f32x4(high)));
    }
    sum = f64x2.extract_lane(acc, 0) + f64x2.extract_lane(acc, 1);
  }
  for (; k < O; k++) {
    const e = Math.exp(<f64>at(z, k) - <f64>max);
    setAt(dz, k, <f32>e);
    sum += e;
  }
  const inverse = 1 / sum;
  k = 0;
  if (ASC_FEATURE_SIMD) {
    const scale = f32x4.splat(<f32>inverse);
    for (; k + 4 <= O; k += 4) {
      const o = bytes(k);
      v128.store(dz + o, f32x4.mul(v128.load(dz + o), scale));
    }
  }
  for (; k < O; k++) setAt(dz, k, <f32>(<f64>at(dz, k) * inverse));
  setAt(dz, target, at(dz, target) - 1);
  return <f64>max + Math.log(sum) - <f64>at(z, target);
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
