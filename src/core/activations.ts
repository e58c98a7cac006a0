/** Element-wise activation functions and their derivatives written in terms of the output. */
export type ActivationName = 'tanh' | 'relu' | 'sigmoid' | 'linear';

export interface Activation {
  readonly name: ActivationName;
  f(x: number): number;
  /** Derivative expressed through the activation's output y = f(x). */
  dfFromOutput(y: number): number;
}

export const activations: Record<ActivationName, Activation> = {
  tanh: { name: 'tanh', f: Math.tanh, dfFromOutput: (y) => 1 - y * y },
  relu: { name: 'relu', f: (x) => (x > 0 ? x : 0), dfFromOutput: (y) => (y > 0 ? 1 : 0) },
  sigmoid: {
    name: 'sigmoid',
    f: (x) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x))),
    dfFromOutput: (y) => y * (1 - y),
  },
  linear: { name: 'linear', f: (x) => x, dfFromOutput: () => 1 },
};

/** Numerically stable softmax: subtracting the maximum leaves the result unchanged. */
export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  const out = new Float64Array(z.length);
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    out[i] = Math.exp(z[i]! - max);
    sum += out[i]!;
  }
  for (let i = 0; i < z.length; i++) out[i]! /= sum;
  return out;
}
