import type { WidgetInfo } from '../../state/widgetInfo';

export const longLagInfo = {
  name: 'LongLag',
  title: {
    en: 'Long time lags: SRN, GRU and LSTM on the adding problem',
    zh: '长时间间隔：SRN、GRU 与 LSTM 做加法问题',
  },
  description: {
    en: 'Several seeded runs of each cell on the adding problem at a lag you choose, with the LSTM’s forget-gate bias at 0, 1, 3 or 5: how many runs solve it, and after how many sequences.',
    zh: '在你选定的时间间隔上，让每种单元用不同随机种子把加法问题各训练几次；LSTM 的遗忘门偏置可取 0、1、3 或 5。看有几次学会了，各用了多少条序列。',
  },
} as const satisfies WidgetInfo;
