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
  /** θ ← θ − update(g), in place. */
  step(params: Float64Array, grad: Float64Array): void;
  reset(): void;
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
  const apply = (params: Float64Array, update: (k: number) => number) => {
    for (let k = 0; k < size; k++) if (!frozen?.[k]) params[k]! -= update(k);
  };
  return {
    spec,
    reset() {
      a = new Float64Array(size);
      b = new Float64Array(size);
      t = 0;
    },
    step(params, g) {
      if (params.length !== size || g.length !== size)
        throw new Error(`optimiser of ${size} parameters given ${params.length}`);
      t++;
      switch (spec.kind) {
        case 'sgd':
          apply(params, (k) => spec.lr * g[k]!);
          break;
        case 'momentum':
          apply(params, (k) => spec.lr * (a[k] = spec.momentum * a[k]! + g[k]!));
          break;
        case 'nesterov':
          apply(params, (k) => {
            a[k] = spec.momentum * a[k]! + g[k]!;
            return spec.lr * (g[k]! + spec.momentum * a[k]!);
          });
          break;
        case 'rmsprop': {
          const rho = spec.decay ?? 0.9;
          const eps = spec.eps ?? 1e-8;
          apply(params, (k) => {
            a[k] = rho * a[k]! + (1 - rho) * g[k]! * g[k]!;
            return (spec.lr * g[k]!) / (Math.sqrt(a[k]!) + eps);
          });
          break;
        }
        case 'adam': {
          const b1 = spec.beta1 ?? 0.9;
          const b2 = spec.beta2 ?? 0.999;
          const eps = spec.eps ?? 1e-8;
          const c1 = 1 - b1 ** t;
          const c2 = 1 - b2 ** t;
          apply(params, (k) => {
            a[k] = b1 * a[k]! + (1 - b1) * g[k]!;
            b[k] = b2 * b[k]! + (1 - b2) * g[k]! * g[k]!;
            return (spec.lr * (a[k]! / c1)) / (Math.sqrt(b[k]! / c2) + eps);
          });
          break;
        }
      }
    },
  };
}
