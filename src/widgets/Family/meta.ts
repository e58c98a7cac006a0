import * as z from 'zod';
import { defineWidget } from '../../state/widgetMeta';
import { familyInfo } from './info';
import { MEMBERS } from './members';
import { SEQUENCE_LENGTH } from './step';

/** The largest input, hidden (reservoir) and output size the reader may pick. */
export const SIZE_MAX = { inputSize: 8, hiddenSize: 16, outputSize: 8 } as const;

const size = (what: string, max: number, fallback: number) =>
  z.int().min(1).max(max).default(fallback).describe(`${what}, 1–${max}.`);

export const familyMeta = defineWidget({
  ...familyInfo,
  props: z.object({
    member: z
      .enum(MEMBERS)
      .default('srn')
      .describe(
        'The member drawn: srn, jordan, bidirectional, deep, esn, gru, lstm or cwrnn (clockwork).',
      ),
    inputSize: size('Input size I', SIZE_MAX.inputSize, 3),
    hiddenSize: size('Hidden size H (reservoir size N for the ESN)', SIZE_MAX.hiddenSize, 4),
    outputSize: size('Output size O', SIZE_MAX.outputSize, 2),
    layers: z.int().min(2).max(4).default(2).describe('Layers of the deep RNN, 2–4.'),
    peepholes: z.boolean().default(false).describe('LSTM peephole connections.'),
    t: z
      .int()
      .min(0)
      .max(SEQUENCE_LENGTH - 1)
      .default(0)
      .describe(`The time step shown, 0–${SEQUENCE_LENGTH - 1}.`),
    seed: z.int().min(1).max(9999).default(1).describe('Seed of the weights and inputs.'),
  }),
  presets: {
    srn: {
      label: { en: 'Simple RNN (default)', zh: '简单 RNN（默认）' },
      values: { member: 'srn', inputSize: 3, hiddenSize: 4, outputSize: 2 },
    },
    lstm: {
      label: { en: 'LSTM with peepholes', zh: '带窥视孔的 LSTM' },
      values: { member: 'lstm', inputSize: 3, hiddenSize: 4, outputSize: 2, peepholes: true },
    },
    gru: {
      label: { en: 'GRU', zh: 'GRU' },
      values: { member: 'gru', inputSize: 3, hiddenSize: 4, outputSize: 2 },
    },
    deep: {
      label: { en: 'Deep RNN, 3 layers', zh: '三层深层 RNN' },
      values: { member: 'deep', inputSize: 3, hiddenSize: 4, outputSize: 2, layers: 3 },
    },
    clockwork: {
      label: { en: 'Clockwork RNN, 4 modules of 2 units', zh: '时钟 RNN：4 个模块，每个 2 个单元' },
      values: { member: 'cwrnn', inputSize: 2, hiddenSize: 8, outputSize: 2 },
    },
    reservoir: {
      label: { en: 'Echo state network, 16 units', zh: '回声状态网络，16 个单元' },
      values: { member: 'esn', inputSize: 1, hiddenSize: 16, outputSize: 1 },
    },
  },
});
