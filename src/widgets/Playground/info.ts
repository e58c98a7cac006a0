import type { WidgetInfo } from '../../state/widgetInfo';

export const playgroundInfo = {
  name: 'Playground',
  title: {
    en: 'RNN Playground: compose a network, pick a task, watch it learn',
    zh: 'RNN 游乐场：搭一个网络，选一个任务，看它学习',
  },
  description: {
    en: 'Choose a cell, its size and depth, an initialiser, a task of the series and a training algorithm; train it in your browser and watch the loss, the predictions and the hidden state.',
    zh: '选择单元类型、规模与层数、初始化方式、本系列中的任务和训练算法，在浏览器里训练，观察损失、预测和隐藏状态。',
  },
} as const satisfies WidgetInfo;
