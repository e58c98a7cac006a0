import * as z from 'zod';
import { defaultEsnConfig } from '../../core/esn';
import { defaultEkfOptions } from '../../core/train';
import { defineWidget } from '../../state/widgetMeta';
import {
  ACTIVATIONS,
  HEADS,
  INIT_KINDS,
  LSTM_VARIANT_NAMES,
  OPTIMISERS,
  PLAYGROUND_ALGORITHMS,
  PLAYGROUND_CELLS,
  TASKS,
} from './choices';
import { playgroundInfo } from './info';
import { playgroundPresets } from './presets';

/**
 * The whole run as props: the share link (the site's own, from this schema) carries the model,
 * the task, the training and the seed, so the same link trains the same curve. The ranges here
 * only keep a link sane; what the engine refuses is refused with its reason (compose.ts).
 */
export const playgroundMeta = defineWidget({
  ...playgroundInfo,
  props: z.object({
    cell: z
      .enum(PLAYGROUND_CELLS)
      .default('srn')
      .describe('The recurrent cell, or an echo state network.'),
    activation: z
      .enum(ACTIVATIONS)
      .default('tanh')
      .describe('Activation of the SRN, Jordan and clockwork cells.'),
    variant: z.enum(LSTM_VARIANT_NAMES).default('standard').describe('LSTM variant (Greff 2017).'),
    peepholes: z.boolean().default(false).describe('LSTM peephole connections.'),
    forgetBias: z.number().min(-10).max(10).default(1).describe('LSTM forget-gate bias at start.'),
    periods: z
      .array(z.int().min(1).max(1024))
      .min(1)
      .max(16)
      .default([1, 2, 4, 8])
      .describe('Clockwork module periods, fastest first.'),
    hidden: z.int().min(1).max(1024).default(16).describe('Hidden units per layer and direction.'),
    layers: z.int().min(1).max(8).default(1).describe('Stacked recurrent layers.'),
    bidirectional: z
      .boolean()
      .default(false)
      .describe('Each layer also reads the sequence backwards.'),
    head: z.enum(HEADS).default('auto').describe('Output of the readout V h + c.'),
    init: z.enum(INIT_KINDS).default('uniform').describe('How the weights are drawn.'),
    initScale: z
      .number()
      .min(0)
      .max(10)
      .default(1)
      .describe('Gaussian σ, identity scale or orthogonal gain.'),
    scaleRho: z
      .boolean()
      .default(false)
      .describe('Rescale recurrent matrices to spectral radius rho.'),
    rho: z.number().min(0).max(5).default(1).describe('Spectral radius when scaleRho is on.'),
    // The echo state network (src/core/esn): the core's defaults; the lower bounds are the core's
    // (validateEsnConfig), the upper ones keep a step within a page's budget.
    esnSize: z
      .int()
      .min(1)
      .max(500)
      .default(defaultEsnConfig.reservoirSize)
      .describe('ESN: reservoir units N.'),
    esnRho: z
      .number()
      .min(0)
      .max(5)
      .default(defaultEsnConfig.spectralRadius)
      .describe('ESN: spectral radius ρ of the reservoir matrix W.'),
    esnSparsity: z
      .number()
      .min(0)
      .lt(1)
      .default(defaultEsnConfig.sparsity)
      .describe('ESN: fraction of W that is zero.'),
    esnInputScaling: z
      .number()
      .min(0)
      .max(100)
      .default(defaultEsnConfig.inputScaling)
      .describe('ESN: input weights uniform in ±this.'),
    esnLeak: z
      .number()
      .gt(0)
      .max(1)
      .default(defaultEsnConfig.leakRate)
      .describe('ESN: leak rate a (1: no leak).'),
    esnWashout: z
      .int()
      .min(0)
      .max(10000)
      .default(10)
      .describe('ESN: steps of each sequence left out of the fit.'),
    esnRidge: z
      .number()
      .min(0)
      .max(1000)
      .default(defaultEsnConfig.ridge)
      .describe('ESN: ridge regularisation λ of the readout.'),
    task: z.enum(TASKS).default('reber').describe('A task of the engine’s registry.'),
    taskParams: z
      .string()
      .max(20000)
      .default('')
      .describe('The task’s parameters as JSON, over its defaults, e.g. {"T":50}.'),
    algorithm: z
      .enum(PLAYGROUND_ALGORITHMS)
      .default('bptt')
      .describe('How the gradient is computed (ridge: the ESN readout in one solve).'),
    k1: z.int().min(1).max(1000).default(10).describe('Truncated BPTT: steps between updates.'),
    k2: z.int().min(1).max(1000).default(10).describe('Truncated BPTT: steps back per update.'),
    ekfP0: z
      .number()
      .gt(0)
      .max(10000)
      .default(defaultEkfOptions.p0)
      .describe('EKF: initial weight covariance P0 = p0 I.'),
    ekfR: z
      .number()
      .gt(0)
      .max(1000)
      .default(defaultEkfOptions.r)
      .describe('EKF: measurement noise R = r I.'),
    ekfQ: z
      .number()
      .min(0)
      .max(1)
      .default(defaultEkfOptions.q)
      .describe('EKF: process noise Q = q I (keeps P from collapsing).'),
    optimiser: z.enum(OPTIMISERS).default('adam').describe('The optimiser.'),
    lr: z.number().gt(0).max(10).default(0.01).describe('Learning rate.'),
    clip: z.number().min(0).max(1000).default(1).describe('Clip the gradient norm (0: off).'),
    batch: z.int().min(1).max(256).default(1).describe('Sequences per update (BPTT).'),
    seed: z.int().min(1).max(99999).default(1).describe('Seed of the weights and the data.'),
    steps: z.int().min(1).max(100000).default(2000).describe('Training steps before it stops.'),
    watchAxis: z
      .enum(['steps', 'time'])
      .default('steps')
      .describe('Loss and metric against training steps or seconds of training.'),
  }),
  presets: playgroundPresets,
});
