import type { WidgetInfo } from '../../state/widgetInfo';

export const forgetGateInfo = {
  name: 'ForgetGate',
  title: {
    en: 'The forget gate on an endless stream',
    zh: '遗忘门与永不停止的输入流',
  },
  description: {
    en: 'The 1997 LSTM cell (no forget gate) against the cell with one, on embedded Reber strings read back to back without a reset: the cell state drifts without the gate, and the table counts the runs that learn the stream.',
    zh: '1997 年的 LSTM 单元（没有遗忘门）与带遗忘门的单元对比：嵌入式 Reber 字符串首尾相接、从不重置。没有遗忘门，细胞状态会不断漂移；表格统计每种单元有多少次训练学会了这个输入流。',
  },
} as const satisfies WidgetInfo;
