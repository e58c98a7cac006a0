import * as tf from '@tensorflow/tfjs-core';
import type { StepReport } from '../core/train';

/**
 * What a training step leaves on the device: its mean loss and gradient norm as scalars that
 * have NOT been read back. Reading a value every step (dataSync) would stall the GPU pipeline
 * once per step; a Readback collects them and reads many steps with one asynchronous data().
 */
export interface TfStepResult {
  /** Mean loss per step with a target (core's StepReport.loss), before the update. */
  readonly loss: tf.Scalar;
  /** ‖g‖ of the mean gradient, before clipping. */
  readonly gradNorm: tf.Scalar;
  /** Steps with a target in the batch. */
  readonly count: number;
}

export interface Readback {
  /**
   * Takes ownership of a step's scalars. Every `every`-th push starts one readback of all the
   * steps pending and returns its promise; the other pushes return null.
   */
  push(step: TfStepResult): Promise<StepReport[]> | null;
  /** Reads every pending step now (one stack, one data()). Resolves to [] when none is pending. */
  flush(): Promise<StepReport[]>;
  readonly pending: number;
  /** Frees the pending scalars without reading them. */
  dispose(): void;
}

export function createReadback(every = 10): Readback {
  if (!Number.isInteger(every) || every < 1)
    throw new Error(`read back every n ≥ 1 steps, got ${every}`);
  let pending: TfStepResult[] = [];
  const flush = async (): Promise<StepReport[]> => {
    const steps = pending;
    pending = [];
    if (steps.length === 0) return [];
    // One tensor for the whole window: [loss_1 … loss_n, norm_1 … norm_n].
    const packed = tf.tidy(() =>
      tf.stack([...steps.map((s) => s.loss), ...steps.map((s) => s.gradNorm)]),
    );
    for (const s of steps) {
      s.loss.dispose();
      s.gradNorm.dispose();
    }
    const values = await packed.data();
    packed.dispose();
    const n = steps.length;
    return steps.map((s, i) => {
      const loss = values[i]!;
      const gradNorm = values[n + i]!;
      return {
        loss,
        count: s.count,
        gradNorm,
        diverged: !Number.isFinite(loss) || !Number.isFinite(gradNorm),
      };
    });
  };
  return {
    push(step) {
      pending.push(step);
      return pending.length >= every ? flush() : null;
    },
    flush,
    get pending() {
      return pending.length;
    },
    dispose() {
      for (const s of pending) {
        s.loss.dispose();
        s.gradNorm.dispose();
      }
      pending = [];
    },
  };
}
