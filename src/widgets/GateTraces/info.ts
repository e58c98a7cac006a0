import type { WidgetInfo } from '../../state/widgetInfo';

export const gateTracesInfo = {
  name: 'GateTraces',
  title: { en: 'Watch the gates learn', zh: '看门控如何学会' },
  description: {
    en: 'An LSTM trains live on remembering the first symbol of each string in a continual stream; heatmaps of its input, forget and output gates and its cell state over a test stream change as it learns.',
    zh: '一个长短期记忆网络（LSTM）在连续的符号流上现场训练，任务是记住每个串的第一个符号；测试序列上输入门、遗忘门、输出门和细胞状态的热图随着学习而变化。',
  },
} as const satisfies WidgetInfo;
