import type { WidgetInfo } from '../../state/widgetInfo';

export const cliffInfo = {
  name: 'Cliff',
  title: {
    en: 'The cliff: gradient descent with and without clipping',
    zh: '悬崖：有无梯度裁剪的梯度下降',
  },
  description: {
    en: 'The error surface of a one-unit recurrent network (Pascanu, Mikolov & Bengio 2013). Pick a start; two descents run from it, one with norm clipping.',
    zh: '单个单元循环网络的误差曲面（Pascanu、Mikolov 和 Bengio，2013）。选一个起点，从那里跑两次梯度下降，其中一次做范数裁剪。',
  },
} as const satisfies WidgetInfo;
