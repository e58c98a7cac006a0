import { outputOf } from '../losses';
import { forward, type Model } from '../model';
import type { Sample, Task } from '../tasks';

/**
 * What the Playground shows of a model on held-out samples (its Watch job, modelWatch.ts): the task's metric, the prediction
 * beside the target on the first sample, and the top layer's hidden states there.
 *
 * The metric follows the task's kind: classes → accuracy (the most probable class is the
 * target's); binary → bit accuracy (each output on the right side of 0.5); real → mean squared
 * error per output (lower is better).
 */
export type MetricKind = 'accuracy' | 'bitAccuracy' | 'mse';

export function metricKind(task: Pick<Task, 'kind'>): MetricKind {
  return task.kind === 'class' ? 'accuracy' : task.kind === 'binary' ? 'bitAccuracy' : 'mse';
}

export interface Evaluation {
  readonly metric: number;
  /**
   * Per step of the first sample, NaN where it has no target. Classes: the probability given to
   * the target class (and `target` is 1); otherwise output 0 and target 0.
   */
  readonly prediction: Float64Array;
  readonly target: Float64Array;
  /** The top layer's output h_t at each step of the first sample. */
  readonly states: readonly Float64Array[];
}

function argmax(v: Float64Array): number {
  let best = 0;
  for (let k = 1; k < v.length; k++) if (v[k]! > v[best]!) best = k;
  return best;
}

export function evaluate(
  model: Model,
  params: Float64Array,
  samples: readonly Sample[],
  kind: MetricKind,
): Evaluation {
  let score = 0;
  let count = 0;
  let shown: Omit<Evaluation, 'metric'> | null = null;
  for (const sample of samples) {
    const trace = forward(model, params, sample.inputs);
    const T = sample.inputs.length;
    const prediction = new Float64Array(T).fill(NaN);
    const target = new Float64Array(T).fill(NaN);
    trace.logits.forEach((z, t) => {
      const d = sample.targets[t];
      if (d === null || d === undefined) return;
      const y = outputOf(model.spec.output, z);
      if (typeof d === 'number') {
        score += argmax(y) === d ? 1 : 0;
        count++;
        prediction[t] = y[d]!;
        target[t] = 1;
        return;
      }
      for (let k = 0; k < d.length; k++) {
        score += kind === 'mse' ? (y[k]! - d[k]!) ** 2 : (y[k]! > 0.5 ? 1 : 0) === d[k] ? 1 : 0;
        count++;
      }
      prediction[t] = y[0]!;
      target[t] = d[0]!;
    });
    shown ??= { prediction, target, states: trace.layers[trace.layers.length - 1]!.outputs };
  }
  if (!shown) throw new Error('evaluate needs at least one sample');
  return { metric: count > 0 ? score / count : NaN, ...shown };
}
