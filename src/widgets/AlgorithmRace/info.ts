import type { WidgetInfo } from '../../state/widgetInfo';

export const algorithmRaceInfo = {
  name: 'AlgorithmRace',
  title: { en: 'BPTT, RTRL and the Kalman filter, racing', zh: 'BPTT、RTRL 与卡尔曼滤波同场竞赛' },
  description: {
    en: 'One small RNN, five training algorithms, the same weights and data: loss against sequences and against time, and what each costs per step as the network grows.',
    zh: '同一个小 RNN、五种训练算法、相同的初始权重和数据：误差随序列数和随时间的变化，以及网络变大时每一步的代价。',
  },
} as const satisfies WidgetInfo;
