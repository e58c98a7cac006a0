import type { WidgetInfo } from '../../state/widgetInfo';

export const bpttStepperInfo = {
  name: 'BPTTStepper',
  title: { en: 'Backpropagation through time, step by step', zh: '一步一步看随时间反向传播' },
  description: {
    en: 'A 3-unit RNN reads a word forward one step at a time, then sends its errors backward: each step’s δ, its share of ∂E/∂W, and what truncation drops.',
    zh: '一个 3 个单元的 RNN 先逐步向前读一个单词，再把误差逐步向后传：每一步的 δ、它对 ∂E/∂W 的贡献，以及截断丢掉了什么。',
  },
} as const satisfies WidgetInfo;
