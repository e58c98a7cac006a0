import * as tf from '@tensorflow/tfjs-core';

/** How many tensors tfjs holds right now: for leak checks outside src/tf (the benchmark page). */
export const liveTensors = (): number => tf.memory().numTensors;
