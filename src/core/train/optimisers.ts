/**
 * Gradient-descent optimisers over the flat parameter vector. Each keeps its own state
 * (moments) in vectors of the same layout. Entries marked frozen (clockwork masks) never move.
 */
export type OptimiserSpec =
  | { readonly kind: 'sgd'; readonly lr: number }
  /** Classical momentum (Polyak 1964): v ← μv + g, θ ← θ − lr v. */
  | { readonly kind: 'momentum'; readonly lr: number; readonly momentum: number }
  /** Nesterov momentum in the form of Sutskever et al. (2013) as PyTorch writes it: v ← μv + g, θ ← θ − lr (g + μv). */
  | { readonly kind: 'nesterov'; readonly lr: number; readonly momentum: number }
  /** RMSProp (Tieleman & Hinton 2012): r ← ρr + (1 − ρ)g², θ ← θ − lr g / (√r + ε). */
  | {
      readonly kind: 'rmsprop';
      readonly lr: number;
      readonly decay?: number;
      readonly eps?: number;
    }
  /**
   * Adagrad (Duchi, Hazan & Singer 2011) as Karpathy's min-char-rnn writes it:
   * G ← G + g², θ ← θ − lr g / √(G + ε), ε inside the root (default 1e-8).
   */
  | { readonly kind: 'adagrad'; readonly lr: number; readonly eps?: number }
  /** Adam (Kingma & Ba 2015) with bias correction. */
  | {
      readonly kind: 'adam';
      readonly lr: number;
      readonly beta1?: number;
      readonly beta2?: number;
      readonly eps?: number;
    };

export interface Optimiser {
  readonly spec: OptimiserSpec;
  /**
   * θ ← θ − update(scale · g), in place. `scale` folds a mean over steps and a clipping factor
   * into the update, saving two passes over the gradient.
   */
  step(params: Float64Array, grad: Float64Array, scale?: number): void;
  reset(): void;
  /** A copy of the running state, so training can move to another engine without a restart. */
  saveState?(): OptimiserState;
  /** Continues from a state saveState gave (of an optimiser with the same spec and size). */
  loadState?(state: OptimiserState): void;
}

/**
 * An optimiser's running state in one layout every engine shares: the update count and the
 * first and second moment vectors in the parameters' layout (momentum and RMSProp use `a` only:
 * the velocity, the mean square; Adam `a` = m and `b` = v).
 */
export interface OptimiserState {
  readonly t: number;
  readonly a: Float64Array;
  readonly b: Float64Array;
}

export function createOptimiser(
  spec: OptimiserSpec,
  size: number,
  frozen: Uint8Array | null = null,
): Optimiser {
  if (!(spec.lr > 0) || !Number.isFinite(spec.lr))
    throw new Error(`the learning rate must be a positive number, got ${spec.lr}`);
  let a = new Float64Array(size);
  let b = new Float64Array(size);
  let t = 0;
  // Plain loops per optimiser (no per-entry closure): this runs over every weight each update.
  const live = (k: number) => frozen === null || frozen[k] === 0;
  return {
    spec,
    reset() {
      a = new Float64Array(size);
      b = new Float64Array(size);
      t = 0;
    },
    saveState: () => ({ t, a: a.slice(), b: b.slice() }),
    loadState(state) {
      if (state.a.length !== size || state.b.length !== size)
        throw new Error(`optimiser of ${size} parameters given a state of ${state.a.length}`);
      a = state.a.slice();
      b = state.b.slice();
      t = state.t;
    },
    step(params, g, scale = 1) {
      if (params.length !== size || g.length !== size)
        throw new Error(`optimiser of ${size} parameters given ${params.length}`);
      t++;
      const { lr } = spec;
      switch (spec.kind) {
        case 'sgd':
          for (let k = 0; k < size; k++) if (live(k)) params[k]! -= lr * scale * g[k]!;
          break;
        case 'momentum': {
          const mu = spec.momentum;
          for (let k = 0; k < size; k++) {
            if (!live(k)) continue;
            a[k] = mu * a[k]! + scale * g[k]!;
            params[k]! -= lr * a[k]!;
          }
          break;
        }
        case 'nesterov': {
          const mu = spec.momentum;
          for (let k = 0; k < size; k++) {
            if (!live(k)) continue;
            const gk = scale * g[k]!;
            a[k] = mu * a[k]! + gk;
            params[k]! -= lr * (gk + mu * a[k]!);
          }
          break;
        }
        case 'rmsprop': {
          const rho = spec.decay ?? 0.9;
          const eps = spec.eps ?? 1e-8;
          for (let k = 0; k < size; k++) {
            if (!live(k)) continue;
            const gk = scale * g[k]!;
            a[k] = rho * a[k]! + (1 - rho) * gk * gk;
            params[k]! -= (lr * gk) / (Math.sqrt(a[k]!) + eps);
          }
          break;
        }
        case 'adagrad': {
          const eps = spec.eps ?? 1e-8;
          for (let k = 0; k < size; k++) {
            if (!live(k)) continue;
            const gk = scale * g[k]!;
            a[k]! += gk * gk;
            params[k]! -= (lr * gk) / Math.sqrt(a[k]! + eps);
          }
          break;
        }
        case 'adam': {
          const b1 = spec.beta1 ?? 0.9;
          const b2 = spec.beta2 ?? 0.999;
          const eps = spec.eps ?? 1e-8;
          // Bias corrections folded into constants: lr m̂ / (√v̂ + ε) with m̂ = m/c1, √v̂ = √v/√c2.
          const stepSize = lr / (1 - b1 ** t);
          const rootC2 = 1 / Math.sqrt(1 - b2 ** t);
          for (let k = 0; k < size; k++) {
            if (!live(k)) continue;
            const gk = scale * g[k]!;
            const m = (a[k] = b1 * a[k]! + (1 - b1) * gk);
            const v = (b[k] = b2 * b[k]! + (1 - b2) * gk * gk);
            params[k]! -= (stepSize * m) / (Math.sqrt(v) * rootC2 + eps);
          }
          break;
        }
      }
    },
  };
}
