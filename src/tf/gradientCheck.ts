import * as tf from '@tensorflow/tfjs-core';
import type { CheckProblem } from '../core/gradientCheck';
import { selectBackend } from './backend';
import { batchFromIds } from './batch';
import { createTfModel } from './tfModel';

/** Starts tfjs's plain JavaScript CPU backend: the gradient check's autodiff runs in float32 there. */
export async function startCheckBackend(): Promise<void> {
  await selectBackend('cpu', { fallback: [] });
}

/**
 * The check's loss and gradient by TensorFlow.js's automatic differentiation (`tf.variableGrads`
 * on the engine's tfjs model), in float32 on the active backend, in the core layout.
 */
export function tfAutodiffGradient(problem: CheckProblem): { loss: number; grad: Float64Array } {
  const model = createTfModel(problem.spec, problem.params);
  try {
    const steps = problem.symbols.length - 1;
    const batch = batchFromIds([problem.symbols.slice(0, steps)], [problem.symbols.slice(1)]);
    const { loss, grad } = model.lossAndGradients(batch);
    return { loss, grad };
  } finally {
    model.dispose();
  }
}

/** The backend the autodiff ran on (the figure says which). */
export const checkBackend = (): string => tf.getBackend();
