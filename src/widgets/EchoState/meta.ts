import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { echoStateInfo } from './info';

/** Jaeger's (2001) sine generator with the core's untuned defaults (sineGeneratorConfig). */
const jaeger = {
  size: 200,
  rho: 0.9,
  sparsity: 0.9,
  inputScaling: 1,
  leak: 1,
  ridge: 1e-6,
  seed: 1,
};

export const echoStateMeta = defineWidget({
  ...echoStateInfo,
  props: z.object({
    size: z.int().min(10).max(400).default(jaeger.size).describe('Reservoir size N (units).'),
    rho: z
      .number()
      .min(0.1)
      .max(1.6)
      .default(jaeger.rho)
      .describe('Spectral radius ρ the reservoir matrix W is rescaled to.'),
    sparsity: z
      .number()
      .min(0)
      .max(0.98)
      .default(jaeger.sparsity)
      .describe('Fraction of reservoir weights that are zero.'),
    inputScaling: z
      .number()
      .min(0)
      .max(2)
      .default(jaeger.inputScaling)
      .describe(
        'Scale of the weights W_fb through which the sine (teacher, then own output) enters the reservoir.',
      ),
    leak: z
      .number()
      .min(0.05)
      .max(1)
      .default(jaeger.leak)
      .describe('Leak rate a in (0, 1]; 1 is the plain ESN.'),
    ridge: z
      .number()
      .min(1e-12)
      .max(1)
      .default(jaeger.ridge)
      .describe('Ridge regularisation λ of the readout fit (log scale).'),
    seed: z.int().min(1).max(9999).default(jaeger.seed).describe('Seed of the random weights.'),
  }),
  presets: {
    jaeger: {
      label: { en: 'Jaeger’s sine generator (default)', zh: 'Jaeger 的正弦波生成器（默认）' },
      values: jaeger,
    },
    chaotic: {
      label: { en: 'ρ above 1: echoes never fade', zh: 'ρ 大于 1：回声永不消散' },
      values: { ...jaeger, rho: 1.5 },
    },
    leaky: {
      label: { en: 'Leaky, slow reservoir (a = 0.2)', zh: '有泄漏的慢储备池（a = 0.2）' },
      values: { ...jaeger, leak: 0.2 },
    },
    weak: {
      label: {
        en: 'ρ = 0.6: trains well, cannot run free',
        zh: 'ρ = 0.6：训练得好，却不能自由运行',
      },
      values: { ...jaeger, rho: 0.6 },
    },
    tiny: {
      label: { en: 'Twenty units', zh: '只有二十个单元' },
      values: { ...jaeger, size: 20 },
    },
  },
});
