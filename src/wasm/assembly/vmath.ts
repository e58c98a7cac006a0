// exp, the logistic sigmoid and tanh on four float32 lanes at once (f32x4), for the SIMD
// build's elementwise passes (the LSTM's gates, the softmax). Cephes' single-precision
// algorithms (expf, tanhf): a few float32 ulp from the true value over the whole range — the
// scalar Mathf functions the scalar build uses are about as exact — where the library
// functions cost one call per lane. Only compiled into the SIMD build (ASC_FEATURE_SIMD).

// exp: x = n ln 2 + r with |r| ≤ ln 2 / 2, exp(r) by a degree-7 polynomial, 2ⁿ put into the
// exponent bits. Inputs are clamped to [−87.3, 88]: 2ⁿ stays a normal float32, and exp(88)
// (1.65e38) stands in for anything larger, which no caller here can tell apart.
const EXP_HI: f32 = 88;
const EXP_LO: f32 = -87.3;
const EXP_BIAS: f32 = 8388608 + 127;
const LOG2E: f32 = 1.442695041;
// ln 2 split into a part exact in float32 and the rest, so n ln 2 loses no bits.
const LN2_HI: f32 = 0.693359375;
const LN2_LO: f32 = -2.1219444e-4;
const P0: f32 = 1.98756915e-4;
const P1: f32 = 1.3981999507e-3;
const P2: f32 = 8.3334519073e-3;
const P3: f32 = 4.1665795894e-2;
const P4: f32 = 1.6666665459e-1;
const P5: f32 = 5.0000001201e-1;

function fma(a: v128, b: v128, c: v128): v128 {
  return f32x4.add(f32x4.mul(a, b), c);
}

/** e^x in each lane. */
export function expV(v: v128): v128 {
  // pmin/pmax are one instruction each (min/max order NaN and −0, which costs several).
  const x = f32x4.pmax(f32x4.pmin(v, f32x4.splat(EXP_HI)), f32x4.splat(EXP_LO));
  const n = f32x4.nearest(f32x4.mul(x, f32x4.splat(LOG2E)));
  const r = f32x4.sub(
    f32x4.sub(x, f32x4.mul(n, f32x4.splat(LN2_HI))),
    f32x4.mul(n, f32x4.splat(LN2_LO)),
  );
  let p = fma(f32x4.splat(P0), r, f32x4.splat(P1));
  p = fma(p, r, f32x4.splat(P2));
  p = fma(p, r, f32x4.splat(P3));
  p = fma(p, r, f32x4.splat(P4));
  p = fma(p, r, f32x4.splat(P5));
  p = fma(p, f32x4.mul(r, r), f32x4.add(r, f32x4.splat(1)));
  // 2ⁿ: n + 127 as the low bits of 2²³ + n + 127 (exact: all integers below 2²⁴), shifted into
  // the exponent field (the shift drops the bits of 2²³'s own exponent).
  const scale = i32x4.shl(f32x4.add(n, f32x4.splat(EXP_BIAS)), 23);
  return f32x4.mul(p, scale);
}

/**
 * σ(x) = 1 / (1 + e^−x) in each lane, through e = e^−|x| so that neither side loses precision:
 * 1 / (1 + e) for x ≥ 0 and e / (1 + e) below.
 */
export function sigmoidV(x: v128): v128 {
  const e = expV(f32x4.neg(f32x4.abs(x)));
  const s = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), e));
  return v128.bitselect(s, f32x4.mul(e, s), f32x4.ge(x, f32x4.splat(0)));
}

// tanh for |x| < 0.625 by an odd polynomial (no cancellation near 0), above it through e^2|x|.
const TANH_SMALL: f32 = 0.625;
const T0: f32 = -5.70498872745e-3;
const T1: f32 = 2.06390887954e-2;
const T2: f32 = -5.37397155531e-2;
const T3: f32 = 1.33314422036e-1;
const T4: f32 = -3.33332819422e-1;

/** tanh x in each lane. */
export function tanhV(x: v128): v128 {
  const a = f32x4.abs(x);
  const z = f32x4.mul(x, x);
  let p = fma(f32x4.splat(T0), z, f32x4.splat(T1));
  p = fma(p, z, f32x4.splat(T2));
  p = fma(p, z, f32x4.splat(T3));
  p = fma(p, z, f32x4.splat(T4));
  const small = fma(f32x4.mul(p, z), x, x);
  const e = expV(f32x4.add(a, a));
  const big = f32x4.sub(f32x4.splat(1), f32x4.div(f32x4.splat(2), f32x4.add(e, f32x4.splat(1))));
  // Copy x's sign onto the large-|x| value (its magnitude is in `big`).
  const signed = v128.or(big, v128.and(x, f32x4.splat(-0.0)));
  return v128.bitselect(small, signed, f32x4.lt(a, f32x4.splat(TANH_SMALL)));
}
