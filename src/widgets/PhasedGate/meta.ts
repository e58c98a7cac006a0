import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { phasedGateInfo } from './info';

export const MAX_PERIOD = 32;

export const phasedGateMeta = defineWidget({
  ...phasedGateInfo,
  props: z.object({
    period: z
      .int()
      .min(2)
      .max(MAX_PERIOD)
      .default(8)
      .describe('The period τ in steps (whole, so that a clockwork module can share it).'),
    shift: z
      .number()
      .min(0)
      .max(MAX_PERIOD)
      .default(0)
      .describe('The shift ψ (the paper’s s), in steps.'),
    openRatio: z
      .number()
      .min(0.05)
      .max(1)
      .default(0.25)
      .describe('The open ratio r_on: the share of each cycle the gate is open.'),
    leak: z
      .number()
      .min(0)
      .max(0.2)
      .default(0)
      .describe('The leak α in the closed phase (during training; 0 at test time).'),
  }),
  presets: {
    quarter: {
      label: {
        en: 'τ = 8, open a quarter of the time (default)',
        zh: 'τ = 8，四分之一时间开放（默认）',
      },
      values: { period: 8, shift: 0, openRatio: 0.25, leak: 0 },
    },
    aligned: {
      label: {
        en: 'Peak on the clockwork ticks: ψ = τ − r_on·τ/2',
        zh: '峰值落在时钟节拍上：ψ = τ − r_on·τ/2',
      },
      values: { period: 8, shift: 7, openRatio: 0.25, leak: 0 },
    },
    narrow: {
      label: { en: 'τ = 16, open 5% of the time', zh: 'τ = 16，5% 的时间开放' },
      values: { period: 16, shift: 0, openRatio: 0.05, leak: 0 },
    },
    training: {
      label: { en: 'With a leak α = 0.1 (exaggerated)', zh: '带泄漏 α = 0.1（夸大）' },
      values: { period: 8, shift: 0, openRatio: 0.25, leak: 0.1 },
    },
  },
});
