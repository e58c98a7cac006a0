import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { gradientFlowInfo } from './info';

export const gradientFlowMeta = defineWidget({
  ...gradientFlowInfo,
  props: z.object({
    rho: z
      .number()
      .min(0.1)
      .max(3)
      .default(0.9)
      .describe('Spectral radius ρ of the recurrent matrix W (largest |eigenvalue|).'),
    activation: z
      .enum(['tanh', 'sigmoid', 'relu', 'linear'])
      .default('tanh')
      .describe('Activation f of the SRN, s_t = f(U x_t + W s_{t−1} + b).'),
    hidden: z.int().min(2).max(48).default(16).describe('Hidden units.'),
    T: z.int().min(10).max(100).default(50).describe('Sequence length of the adding problem.'),
    init: z
      .enum(['uniform', 'orthogonal'])
      .default('uniform')
      .describe('How W is drawn before it is rescaled to ρ (orthogonal: W is normal).'),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the weights and the data.'),
    lr: z.number().min(0.001).max(1).default(0.05).describe('Learning rate (plain SGD).'),
    clip: z.boolean().default(false).describe('Clip the gradient norm to 1 while training.'),
    lstm: z.boolean().default(false).describe('Train an LSTM of the same size beside the SRN.'),
    every: z
      .int()
      .min(5)
      .max(200)
      .default(20)
      .describe('Training steps between two columns of the heatmap.'),
  }),
  presets: {
    vanish: {
      label: {
        en: 'tanh, ρ = 0.9: gradients vanish (default)',
        zh: 'tanh，ρ = 0.9：梯度消失（默认）',
      },
      values: { rho: 0.9, activation: 'tanh', init: 'uniform', clip: false },
    },
    edge: {
      label: { en: 'Orthogonal W, ρ = 1: on the edge', zh: '正交 W，ρ = 1：临界' },
      values: { rho: 1, activation: 'linear', init: 'orthogonal', clip: false },
    },
    explode: {
      label: { en: 'tanh, ρ = 2.5: gradients explode', zh: 'tanh，ρ = 2.5：梯度爆炸' },
      values: { rho: 2.5, activation: 'tanh', init: 'uniform', clip: false },
    },
    explodeClipped: {
      label: { en: 'ρ = 2.5 trained with clipping', zh: 'ρ = 2.5，训练时裁剪梯度' },
      values: { rho: 2.5, activation: 'tanh', init: 'uniform', clip: true },
    },
    sigmoid: {
      label: { en: 'Sigmoid, ρ = 3: γρ = 0.75 < 1', zh: 'sigmoid，ρ = 3：γρ = 0.75 < 1' },
      values: { rho: 3, activation: 'sigmoid', init: 'uniform', clip: false },
    },
  },
});
