import '@tensorflow/tfjs-core/dist/register_all_gradients';
import * as tf from '@tensorflow/tfjs-core';

/**
 * The baseline a TensorFlow.js user would write for a character model: variables for the
 * weights, the recurrence unrolled op by op inside the loss function, softmax cross-entropy,
 * and `optimizer.minimize`. The benchmark measures our typed-array engine against it on the
 * same backend-independent model (the SRN or LSTM of the core engine, same sizes).
 */
interface TfCharModel {
  /** One Adam step on one sequence; returns the mean loss per step. */
  trainStep(inputs: readonly number[], targets: readonly number[]): number;
  dispose(): void;
}

export function createTfCharModel(
  kind: 'srn' | 'lstm',
  vocabulary: number,
  hidden: number,
  lr = 0.01,
): TfCharModel {
  const gates = kind === 'lstm' ? 4 : 1;
  // Seeded, so every benchmark run trains the same weights.
  let seed = 0;
  const init = (rows: number, cols: number) =>
    tf.variable(
      tf.randomUniform([rows, cols], -1 / Math.sqrt(rows), 1 / Math.sqrt(rows), 'float32', ++seed),
    );
  const Wx = init(vocabulary, gates * hidden);
  const Wh = init(hidden, gates * hidden);
  const b = tf.variable(tf.zeros([1, gates * hidden]));
  const V = init(hidden, vocabulary);
  const c = tf.variable(tf.zeros([1, vocabulary]));
  const optimizer = tf.train.adam(lr);

  const loss = (inputs: readonly number[], targets: readonly number[]) => {
    const x = tf.cast(tf.oneHot(tf.tensor1d(inputs as number[], 'int32'), vocabulary), 'float32');
    const y = tf.cast(tf.oneHot(tf.tensor1d(targets as number[], 'int32'), vocabulary), 'float32');
    let h = tf.zeros([1, hidden]);
    let cell = tf.zeros([1, hidden]);
    const logits: tf.Tensor[] = [];
    for (let t = 0; t < inputs.length; t++) {
      const a = tf.add(
        tf.add(tf.matMul(tf.slice(x, [t, 0], [1, vocabulary]), Wx), tf.matMul(h, Wh)),
        b,
      );
      if (kind === 'srn') h = tf.tanh(a);
      else {
        const [i, f, g, o] = tf.split(a, 4, 1) as [tf.Tensor, tf.Tensor, tf.Tensor, tf.Tensor];
        cell = tf.add(tf.mul(tf.sigmoid(f), cell), tf.mul(tf.sigmoid(i), tf.tanh(g)));
        h = tf.mul(tf.sigmoid(o), tf.tanh(cell));
      }
      logits.push(tf.add(tf.matMul(h, V), c));
    }
    return tf.losses.softmaxCrossEntropy(y, tf.concat(logits, 0)) as tf.Scalar;
  };

  return {
    trainStep(inputs, targets) {
      const value = optimizer.minimize(() => loss(inputs, targets), true)!;
      const out = value.dataSync()[0]!;
      value.dispose();
      return out;
    },
    dispose() {
      for (const v of [Wx, Wh, b, V, c]) v.dispose();
      optimizer.dispose();
    },
  };
}

export async function selectCpuBackend(): Promise<void> {
  await import('@tensorflow/tfjs-backend-cpu');
  await tf.setBackend('cpu');
  await tf.ready();
}
