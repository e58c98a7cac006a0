import type { WidgetInfo } from '../../state/widgetInfo';

export const familyInfo = {
  name: 'Family',
  title: { en: 'The RNN family, one time step', zh: 'RNN 家族：走一个时间步' },
  description: {
    en: 'SRN, Jordan, bidirectional, deep, ESN, GRU, LSTM and clockwork RNN drawn from the engine’s cell specifications; step one time step, watch the values flow and count the parameters.',
    zh: '由引擎的单元定义画出 SRN、Jordan、双向、深层、ESN、GRU、LSTM 和时钟 RNN；走一个时间步，看数值如何流动，并数一数参数。',
  },
} as const satisfies WidgetInfo;
