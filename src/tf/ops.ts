import * as tf from '@tensorflow/tfjs-core';

/**
 * One-hot rows as float32, [n, depth]; an index outside 0..depth−1 (−1 = no target) gives a
 * zero row. Built as int32 and cast: tfjs-backend-wasm 4.22's OneHot writes integer bit
 * patterns into a float32 output (1 reads as 1.4e−45), so asking it for float32 directly
 * silently zeroes every loss on WASM.
 */
export function oneHotFloat(indices: tf.Tensor1D, depth: number): tf.Tensor2D {
  return tf.cast(tf.oneHot(indices, depth), 'float32') as tf.Tensor2D;
}
