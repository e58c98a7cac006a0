import '@tensorflow/tfjs-core/dist/public/chained_ops/register_all_chained_ops';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';

/**
 * The benchmark's baseline: a character model as a TensorFlow.js user writes it with
 * tfjs-layers — one-hot inputs [B, T, V], a SimpleRNN or LSTM layer returning sequences, a
 * dense softmax over the vocabulary, Adam, `trainOnBatch`. Same sizes as our models.
 */
interface LayersCharModel {
  trainStep(
    inputs: readonly (readonly number[])[],
    targets: readonly (readonly number[])[],
  ): Promise<number>;
  dispose(): void;
}

export function createLayersCharModel(
  kind: 'srn' | 'lstm',
  vocabulary: number,
  hidden: number,
  steps: number,
  lr = 0.01,
): LayersCharModel {
  const model = tfl.sequential();
  const options = { units: hidden, returnSequences: true, inputShape: [steps, vocabulary] };
  model.add(kind === 'lstm' ? tfl.layers.lstm(options) : tfl.layers.simpleRNN(options));
  model.add(tfl.layers.dense({ units: vocabulary, activation: 'softmax' }));
  model.compile({ optimizer: tf.train.adam(lr), loss: 'categoricalCrossentropy' });
  const oneHot = (ids: readonly (readonly number[])[]) =>
    tf.tidy(() =>
      tf.cast(
        tf.oneHot(tf.tensor2d(ids as number[][], [ids.length, steps], 'int32'), vocabulary),
        'float32',
      ),
    );
  return {
    async trainStep(inputs, targets) {
      const x = oneHot(inputs);
      const y = oneHot(targets);
      const loss = await model.trainOnBatch(x, y);
      x.dispose();
      y.dispose();
      return Array.isArray(loss) ? loss[0]! : loss;
    },
    dispose: () => model.dispose(),
  };
}
