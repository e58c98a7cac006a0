/**
 * The extended Kalman filter's measurement update for weights w with covariance P, one group
 * at a time (Puskorius & Feldkamp 1994; Haykin 2001, ch. 2). For measurement y = h(w) with
 * Jacobian H (m × N), target d and noise R = r I:
 *
 *   A = (R + Σ_g H_g P_g H_gᵀ)⁻¹,  K_g = P_g H_gᵀ A,  w_g ← w_g + K_g (d − y),
 *   P_g ← P_g − K_g H_g P_g + q I
 *
 * One group holding every weight is the global EKF; one group per neuron is the node-decoupled
 * EKF (NDEKF), whose cost per step falls from O(mN²) to O(m Σ n_g²).
 */
export interface KalmanGroup {
  /** Indices into the weight vector. */
  readonly indices: Int32Array;
  /** n × n covariance, row-major. */
  readonly P: Float64Array;
}

/** Inverts a small symmetric positive definite matrix by Cholesky (m is the output size). */
export function invertSpd(a: Float64Array, m: number): Float64Array {
  const L = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * m + j]!;
      for (let k = 0; k < j; k++) s -= L[i * m + k]! * L[j * m + k]!;
      if (i === j) {
        if (!(s > 0))
          throw new Error('the innovation covariance is not positive definite (diverged?)');
        L[i * m + i] = Math.sqrt(s);
      } else L[i * m + j] = s / L[j * m + j]!;
    }
  }
  // inv = L⁻ᵀ L⁻¹, column by column.
  const inv = new Float64Array(m * m);
  for (let c = 0; c < m; c++) {
    const y = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) s -= L[i * m + k]! * y[k]!;
      y[i] = s / L[i * m + i]!;
    }
    for (let i = m - 1; i >= 0; i--) {
      let s = y[i]!;
      for (let k = i + 1; k < m; k++) s -= L[k * m + i]! * inv[k * m + c]!;
      inv[i * m + c] = s / L[i * m + i]!;
    }
  }
  return inv;
}

/**
 * Applies one measurement update in place to `w` and every group's P. `H` is m × N row-major
 * (N = w.length), `innovation` is d − y.
 */
export function kalmanUpdate(
  w: Float64Array,
  groups: readonly KalmanGroup[],
  H: Float64Array,
  innovation: Float64Array,
  r: number,
  q: number,
): void {
  const m = innovation.length;
  const N = w.length;
  // HP_g = H_g P_g for each group (m × n_g), and A⁻¹ = R + Σ_g HP_g H_gᵀ.
  const HPs = groups.map(({ indices, P }) => {
    const n = indices.length;
    const HP = new Float64Array(m * n);
    for (let i = 0; i < m; i++) {
      for (let a = 0; a < n; a++) {
        const h = H[i * N + indices[a]!]!;
        if (h === 0) continue;
        for (let b = 0; b < n; b++) HP[i * n + b]! += h * P[a * n + b]!;
      }
    }
    return HP;
  });
  const S = new Float64Array(m * m);
  for (let i = 0; i < m; i++) S[i * m + i] = r;
  groups.forEach(({ indices }, g) => {
    const n = indices.length;
    const HP = HPs[g]!;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let b = 0; b < n; b++) s += HP[i * n + b]! * H[j * N + indices[b]!]!;
        S[i * m + j]! += s;
      }
    }
  });
  const A = invertSpd(S, m);
  const Ae = new Float64Array(m);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) Ae[i]! += A[i * m + j]! * innovation[j]!;
  groups.forEach(({ indices, P }, g) => {
    const n = indices.length;
    const HP = HPs[g]!;
    // K_g = (H_g P_g)ᵀ A  (P_g symmetric), n × m.
    const K = new Float64Array(n * m);
    for (let a = 0; a < n; a++) {
      for (let j = 0; j < m; j++) {
        let s = 0;
        for (let i = 0; i < m; i++) s += HP[i * n + a]! * A[i * m + j]!;
        K[a * m + j] = s;
      }
    }
    for (let a = 0; a < n; a++) {
      let s = 0;
      for (let i = 0; i < m; i++) s += HP[i * n + a]! * Ae[i]!;
      w[indices[a]!]! += s;
    }
    // P ← P − K (H P) + q I, then symmetrise against rounding drift.
    for (let a = 0; a < n; a++) {
      for (let b = 0; b < n; b++) {
        let s = 0;
        for (let i = 0; i < m; i++) s += K[a * m + i]! * HP[i * n + b]!;
        P[a * n + b]! -= s;
      }
      P[a * n + a]! += q;
    }
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const v = 0.5 * (P[a * n + b]! + P[b * n + a]!);
        P[a * n + b] = v;
        P[b * n + a] = v;
      }
    }
  });
}

export function diagonalGroup(indices: Int32Array, p0: number): KalmanGroup {
  const n = indices.length;
  const P = new Float64Array(n * n);
  for (let a = 0; a < n; a++) P[a * n + a] = p0;
  return { indices, P };
}
