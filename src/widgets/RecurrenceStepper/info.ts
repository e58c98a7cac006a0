import type { WidgetInfo } from '../../state/widgetInfo';

export const recurrenceStepperInfo = {
  name: 'RecurrenceStepper',
  title: { en: 'Step through a recurrence', zh: '一步一步看递推' },
  description: {
    en: 'A 3-unit tanh RNN reads a word one letter at a time; set W and the scale of U, step t and watch s_t.',
    zh: '一个 3 个单元的 tanh RNN 逐个字母读入一个单词；调整 W 和 U 的缩放，逐步推进 t，观察 s_t。',
  },
} as const satisfies WidgetInfo;
