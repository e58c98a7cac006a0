import type { WidgetInfo } from '../../state/widgetInfo';

export const lstmGatesInfo = {
  name: 'LSTMGates',
  title: { en: 'The gates, step by step', zh: '一步一步看门控' },
  description: {
    en: 'An LSTM cell and a GRU cell read the same word side by side: every gate per unit, the cell state c_t and the state s_t; set a gate by hand and watch what is written, kept and read out, and how far gradients reach back along the cell.',
    zh: '长短期记忆网络（LSTM）和门控循环单元（GRU）并排读入同一个单词：每个单元的每个门、细胞状态 c_t 和状态 s_t；亲手设定一个门的值，看写入了什么、保留了什么、读出了什么，以及梯度沿细胞状态能传回多远。',
  },
} as const satisfies WidgetInfo;
