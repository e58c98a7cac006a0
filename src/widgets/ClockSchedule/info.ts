import type { WidgetInfo } from '../../state/widgetInfo';

export const clockScheduleInfo = {
  name: 'ClockSchedule',
  title: { en: 'The clock running', zh: '时钟运转' },
  description: {
    en: 'A clockwork RNN steps through time: which modules tick at step t (t mod T_i = 0), the values the others hold, the blocks of W used at that step, and the parameters and multiply-adds against an SRN of the same size.',
    zh: '时钟 RNN 逐步运行：第 t 步哪些模块走一格（t mod T_i = 0），其余模块保持的值，这一步用到的 W 的块，以及与同规模 SRN 相比的参数个数和乘加次数。',
  },
} as const satisfies WidgetInfo;
