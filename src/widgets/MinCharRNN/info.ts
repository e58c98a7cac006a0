import type { WidgetInfo } from '../../state/widgetInfo';

export const minCharRnnInfo = {
  name: 'MinCharRNN',
  title: {
    en: 'min-char-rnn, live',
    zh: '实时运行的 min-char-rnn',
  },
  description: {
    en: 'Karpathy’s min-char-rnn (H = 100, windows of 25, Adagrad at 0.1, entries clipped to ±5) trained live with the chapter’s hand-written code, beside the engine on the same text from the same weights: the smoothed loss from 25 ln V, and samples as it goes.',
    zh: 'Karpathy 的 min-char-rnn（H = 100，窗口长 25，学习率 0.1 的 Adagrad，梯度分量裁剪到 ±5）用本章手写的代码实时训练，旁边是本项目的引擎，同一文本、同一组初始权重：从 25 ln V 起步的平滑损失，以及训练中生成的样本。',
  },
} as const satisfies WidgetInfo;
