import type { Model } from '../model/model';
import { lossAndGradient, type Sample } from '../model/run';
import { clipByValue, globalNorm } from './clip';
import { createOptimiser, type Optimiser, type OptimiserSpec } from './optimisers';
import { createRtrl } from './rtrl';
import { tbptt, type TbpttOptions } from './tbptt';

/**
 * Training loops over the algorithms: each computes a gradient, clips it if asked, and lets
 * the optimiser move the weights. A step whose loss or gradient is not finite is not applied —
 * the weights stay as they were — and is reported as diverged, so a page can say so and keep the
 * last good weights.
 */
export interface TrainOptions {
  readonly optimiser: OptimiserSpec;
  /** Rescale the gradient to this norm when it is longer (Pascanu et al. 2013). */
  readonly clipNorm?: number;
  /** Clamp each gradient entry to ±clipValue. */
  readonly clipValue?: number;
}

export interface StepReport {
  /** Mean loss per step with a target. */
  readonly loss: number;
  readonly count: number;
  /** ‖g‖ before clipping. */
  readonly gradNorm: number;
  readonly diverged: boolean;
}

export interface Trainer {
  readonly optimiser: Optimiser;
  /** One update from the summed gradient of a batch of sequences (BPTT). */
  bpttStep(params: Float64Array, batch: readonly Sample[]): StepReport;
  /** Truncated BPTT(k1, k2) over one sequence: an update after every chunk. */
  tbpttSequence(params: Float64Array, sample: Sample, options: TbpttOptions): StepReport;
  /** RTRL over one sequence: an update after every step with a target (online learning). */
  rtrlSequence(params: Float64Array, sample: Sample): StepReport;
}

export function createTrainer(model: Model, options: TrainOptions): Trainer {
  const optimiser = createOptimiser(options.optimiser, model.layout.size, model.frozen);
  /**
   * Checks, clips and applies a gradient summed over `count` steps: the mean over steps, the
   * clipping factor and the update happen in one pass (the optimiser's `scale`).
   */
  const apply = (params: Float64Array, grad: Float64Array, count: number, loss: number) => {
    const perStep = count > 0 ? 1 / count : 1;
    const norm = globalNorm(grad) * perStep;
    if (!Number.isFinite(loss) || !Number.isFinite(norm)) return { norm, ok: false };
    let scale = perStep;
    if (options.clipNorm !== undefined && norm > options.clipNorm) scale *= options.clipNorm / norm;
    if (options.clipValue !== undefined) {
      for (let k = 0; k < grad.length; k++) grad[k]! *= scale;
      clipByValue(grad, options.clipValue);
      scale = 1;
    }
    optimiser.step(params, grad, scale);
    return { norm, ok: true };
  };
  let rtrl: ReturnType<typeof createRtrl> | null = null;

  return {
    optimiser,
    bpttStep(params, batch) {
      let grad: Float64Array | null = null;
      let loss = 0;
      let count = 0;
      for (const sample of batch) {
        const r = lossAndGradient(model, params, sample);
        loss += r.loss;
        count += r.count;
        if (!grad) grad = r.grad;
        else for (let k = 0; k < grad.length; k++) grad[k]! += r.grad[k]!;
      }
      const { norm, ok } = apply(params, grad ?? new Float64Array(model.layout.size), count, loss);
      return { loss: loss / Math.max(count, 1), count, gradNorm: norm, diverged: !ok };
    },
    tbpttSequence(params, sample, opts) {
      let diverged = false;
      let maxNorm = 0;
      const total = tbptt(model, params, sample, opts, (chunk) => {
        if (diverged || chunk.count === 0) return;
        const { norm, ok } = apply(params, chunk.grad, chunk.count, chunk.loss);
        maxNorm = Math.max(maxNorm, norm);
        diverged = !ok;
      });
      return {
        loss: total.loss / Math.max(total.count, 1),
        count: total.count,
        gradNorm: maxNorm,
        diverged,
      };
    },
    rtrlSequence(params, sample) {
      rtrl ??= createRtrl(model);
      rtrl.reset();
      let loss = 0;
      let count = 0;
      let maxNorm = 0;
      let diverged = false;
      sample.inputs.forEach((x, t) => {
        const target = sample.targets[t] ?? null;
        const step = rtrl!.step(params, x, target);
        if (target === null || diverged) return;
        loss += step.loss;
        count++;
        const { norm, ok } = apply(params, step.grad, 1, step.loss);
        maxNorm = Math.max(maxNorm, norm);
        diverged = !ok;
      });
      return { loss: loss / Math.max(count, 1), count, gradNorm: maxNorm, diverged };
    },
  };
}
