import type { WidgetInfo } from '../../state/widgetInfo';

export const sequenceShapesInfo = {
  name: 'SequenceShapes',
  title: { en: 'One network, many shapes', zh: '同一个网络，多种形状' },
  description: {
    en: 'Pick a task — language model, translation, sentiment, captioning, speech — and watch its unrolled RNN take the matching input–output shape.',
    zh: '选择一个任务——语言模型、翻译、情感分析、看图说话、语音识别——看展开的 RNN 变成与之对应的输入输出形状。',
  },
} as const satisfies WidgetInfo;
