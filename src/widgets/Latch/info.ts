import type { WidgetInfo } from '../../state/widgetInfo';

export const latchInfo = {
  name: 'Latch',
  title: {
    en: 'Holding one bit: gradient descent against guessing',
    zh: '记住一个比特：梯度下降与随机猜测',
  },
  description: {
    en: 'A tiny tanh RNN must report a bit it saw T steps ago. How often does gradient descent learn it as T grows — and how often does guessing random weights?',
    zh: '一个很小的 tanh RNN 要在 T 步之后报出它最初看到的一个比特。随着 T 变大，梯度下降有多少次能学会？随机猜权重又有多少次能成功？',
  },
} as const satisfies WidgetInfo;
