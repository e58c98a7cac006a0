import { describe, expect, it } from 'vitest';
import { createRng, uniform } from '../rng';
import { diagonalGroup, invertSpd, kalmanUpdate } from './kalman';

describe('the Kalman measurement update', () => {
  it('inverts an SPD matrix', () => {
    const a = Float64Array.of(4, 2, 0.5, 2, 3, 1, 0.5, 1, 2);
    const inv = invertSpd(a, 3);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += a[i * 3 + k]! * inv[k * 3 + j]!;
        expect(s).toBeCloseTo(i === j ? 1 : 0, 13);
      }
    }
    expect(() => invertSpd(Float64Array.of(1, 2, 2, 1), 2)).toThrow(/positive definite/);
  });

  it('on a linear measurement model, sequential updates equal the batch ridge solution (recursive least squares)', () => {
    // d = X w* + noise; with w0 = 0, P0 = p0 I, q = 0, the filter's estimate after all rows is
    // (XᵀX + (r/p0) I)⁻¹ Xᵀ d.
    const rng = createRng(3);
    const N = 4;
    const rows = 30;
    const m = 2;
    const X = Array.from({ length: rows }, () =>
      Float64Array.from({ length: m * N }, () => uniform(rng, -1, 1)),
    );
    const d = X.map((H) =>
      Float64Array.from(
        { length: m },
        (_, i) => H[i * N]! * 0.5 - H[i * N + 2]! + uniform(rng, -0.1, 0.1),
      ),
    );
    const r = 0.5;
    const p0 = 10;
    const w = new Float64Array(N);
    const group = diagonalGroup(
      Int32Array.from({ length: N }, (_, k) => k),
      p0,
    );
    X.forEach((H, k) => {
      const y = Float64Array.from({ length: m }, (_, i) =>
        H.subarray(i * N, (i + 1) * N).reduce((s, h, j) => s + h * w[j]!, 0),
      );
      kalmanUpdate(
        w,
        [group],
        H,
        d[k]!.map((v, i) => v - y[i]!),
        r,
        0,
      );
    });
    // Batch normal equations, solved by Gaussian elimination here in the test.
    const A = Array.from({ length: N }, (_, i) =>
      Array.from({ length: N + 1 }, (_, j) => (j === i ? r / p0 : 0)),
    );
    X.forEach((H, k) => {
      for (let i = 0; i < m; i++) {
        for (let a = 0; a < N; a++) {
          for (let b = 0; b < N; b++) A[a]![b]! += H[i * N + a]! * H[i * N + b]!;
          A[a]![N]! += H[i * N + a]! * d[k]![i]!;
        }
      }
    });
    for (let c = 0; c < N; c++) {
      for (let rr = c + 1; rr < N; rr++) {
        const f = A[rr]![c]! / A[c]![c]!;
        for (let j = c; j <= N; j++) A[rr]![j]! -= f * A[c]![j]!;
      }
    }
    const batch = new Array<number>(N).fill(0);
    for (let c = N - 1; c >= 0; c--) {
      let s = A[c]![N]!;
      for (let j = c + 1; j < N; j++) s -= A[c]![j]! * batch[j]!;
      batch[c] = s / A[c]![c]!;
    }
    batch.forEach((v, k) => expect(w[k]).toBeCloseTo(v, 10));
  });

  it('keeps P symmetric and shrinks it along measured directions', () => {
    const w = new Float64Array(3);
    const group = diagonalGroup(Int32Array.of(0, 1, 2), 1);
    kalmanUpdate(w, [group], Float64Array.of(1, 0, 0), Float64Array.of(1), 1, 0);
    // Scalar update on the first weight: gain 1/2, variance 1 → 1/2; the others untouched.
    expect(w[0]).toBeCloseTo(0.5, 15);
    expect(group.P[0]).toBeCloseTo(0.5, 15);
    expect(group.P[4]).toBe(1);
    expect(group.P[1]).toBe(group.P[3]);
  });
});
