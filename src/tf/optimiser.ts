import * as tf from '@tensorflow/tfjs-core';
import type { OptimiserSpec } from '../core/train';

/**
 * The core's optimisers (`core/train/optimisers.ts`) as tf.train optimisers. Where tfjs's
 * definition differs from core's, the mapping below makes them agree or says how close:
 *
 * - sgd → tf.train.sgd: θ ← θ − lr g. Same.
 * - momentum → tf.train.momentum(lr, μ): v ← μv + g, θ ← θ − lr v (Polyak 1964). Same.
 * - nesterov → tf.train.momentum(lr, μ, useNesterov): θ ← θ − lr (g + μv) after the update of v,
 *   the form of Sutskever et al. (2013) that core uses. Same.
 * - rmsprop → tf.train.rmsprop(lr, ρ, momentum 0): tfjs divides by √(r + ε) where core
 *   (Tieleman & Hinton 2012) divides by √r + ε, so ε is passed as ε²: identical whenever
 *   √r ≫ ε, and both keep a zero gradient's update at zero.
 * - adagrad → tf.train.adagrad(lr, ε): tfjs starts the sum of squares at its initial value
 *   and divides by √(G + its backend ε); starting it at core's ε gives √(G + ε + ε_backend),
 *   identical whenever G ≫ 1e-7.
 * - adam → tf.train.adam(lr, β1, β2, ε): bias-corrected as in Kingma & Ba (2015), ε outside the
 *   square root, as core. Same.
 *
 * Frozen entries (the clockwork mask) need no special case: their gradient is exactly zero, so
 * every one of these updates leaves them at zero, as core's optimisers skip them.
 *
 * On a WebGL device that computes in half precision (no float32 render targets), an ε below
 * what float16 holds would round to zero and 0/0 would turn untouched weights into NaN; ε is
 * raised to 1e-4 there (tfjs's own float16 epsilon). Not tf.backend().epsilon(): tfjs-backend-
 * webgl 4.22 reports 1e-4 on float32 devices too.
 */
export function createTfOptimizer(spec: OptimiserSpec): tf.Optimizer {
  if (!(spec.lr > 0) || !Number.isFinite(spec.lr))
    throw new Error(`the learning rate must be a positive number, got ${spec.lr}`);
  switch (spec.kind) {
    case 'sgd':
      return tf.train.sgd(spec.lr);
    case 'momentum':
      return tf.train.momentum(spec.lr, spec.momentum, false);
    case 'nesterov':
      return tf.train.momentum(spec.lr, spec.momentum, true);
    case 'rmsprop': {
      const eps = spec.eps ?? 1e-8;
      return tf.train.rmsprop(spec.lr, spec.decay ?? 0.9, 0, representable(eps * eps), false);
    }
    case 'adagrad':
      return tf.train.adagrad(spec.lr, spec.eps ?? 1e-8);
    case 'adam':
      return tf.train.adam(
        spec.lr,
        spec.beta1 ?? 0.9,
        spec.beta2 ?? 0.999,
        representable(spec.eps ?? 1e-8),
      );
  }
}

const FLOAT16_EPSILON = 1e-4;

/** Whether tfjs computes in float16 textures (WebGL without float32 render targets). */
function halfPrecision(): boolean {
  if (tf.getBackend() !== 'webgl') return false;
  const env = tf.env();
  return env.getBool('WEBGL_FORCE_F16_TEXTURES') || !env.getBool('WEBGL_RENDER_FLOAT32_ENABLED');
}

/** ε, raised to what float16 holds when the backend computes in half precision (see above). */
function representable(eps: number): number {
  return halfPrecision() ? Math.max(eps, FLOAT16_EPSILON) : eps;
}
