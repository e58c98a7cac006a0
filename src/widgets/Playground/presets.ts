import { defaultEkfOptions } from '../../core/train';

/**
 * Runs that tell a story of the series. Every preset sets the same props (a base and its own
 * overrides), so choosing one leaves nothing of the run before it. The outcomes in the stories
 * (strings `playground.stories`) are what these exact settings, seed included, measured in Node:
 * scripts/measure-presets.ts measures them again, presetOutcomes.ts records the numbers and
 * presets.test.ts checks the record against the code and the text.
 */
const base = {
  cell: 'srn',
  activation: 'tanh',
  variant: 'standard',
  peepholes: false,
  forgetBias: 1,
  periods: [1, 2, 4, 8] as number[],
  hidden: 16,
  layers: 1,
  bidirectional: false,
  head: 'auto',
  task: 'reber',
  taskParams: '',
  algorithm: 'bptt',
  ekfP0: defaultEkfOptions.p0,
  ekfR: defaultEkfOptions.r,
  ekfQ: defaultEkfOptions.q,
  optimiser: 'adam',
  lr: 0.01,
  clip: 1,
  batch: 1,
  init: 'uniform',
  scaleRho: false,
  seed: 1,
  steps: 2000,
} as const;

/** The adding problem at T = 100, a batch of 16 for 600 steps. */
const adding = { task: 'addingModern', taskParams: '{"T":100}', batch: 16, steps: 600 } as const;
/** Koutník et al.'s (2014) generation task: 32 units, periods 1 to 128 for the clockwork. */
const waveform = {
  task: 'waveform320',
  hidden: 32,
  periods: [1, 2, 4, 8, 16, 32, 64, 128] as number[],
  lr: 0.003,
  steps: 600,
} as const;
/** Elman's temporal XOR (300 bits a sequence), 8 units, one sequence a step, 60 sequences. */
const xor = { task: 'temporalXor', hidden: 8, steps: 60 } as const;

const preset = <V extends Partial<Record<keyof typeof base, unknown>>>(
  label: { en: string; zh: string },
  values: V,
) => ({ label, values: { ...base, ...values } });

export const playgroundPresets = {
  reber: preset({ en: 'SRN on the Reber grammar', zh: 'SRN 学习 Reber 文法' }, {}),
  srnAdding: preset(
    { en: 'SRN fails the adding problem at T = 100', zh: 'SRN 在 T = 100 的加法问题上失败' },
    { ...adding, hidden: 32, lr: 0.003 },
  ),
  lstmBias0: preset(
    { en: 'LSTM, forget bias 0', zh: 'LSTM，遗忘门偏置 0' },
    { ...adding, cell: 'lstm', forgetBias: 0 },
  ),
  lstmBias5: preset(
    { en: 'LSTM, forget bias 5', zh: 'LSTM，遗忘门偏置 5' },
    { ...adding, cell: 'lstm', forgetBias: 5 },
  ),
  waveformSrn: preset(
    { en: 'SRN on the multi-timescale waveform', zh: 'SRN 生成多时间尺度波形' },
    { ...waveform },
  ),
  waveformClockwork: preset(
    { en: 'Clockwork RNN on the same waveform', zh: '时钟 RNN 生成同一波形' },
    { ...waveform, cell: 'clockwork' },
  ),
  xorEkf: preset(
    { en: 'EKF on temporal XOR', zh: 'EKF 学习时间异或' },
    { ...xor, algorithm: 'ekf' },
  ),
  xorBptt: preset({ en: 'BPTT on the same temporal XOR', zh: 'BPTT 学习同一时间异或' }, { ...xor }),
} as const;
