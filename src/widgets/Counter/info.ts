import type { WidgetInfo } from '../../state/widgetInfo';

export const counterInfo = {
  name: 'Counter',
  title: {
    en: 'Counting: an LSTM and a GRU on aⁿbⁿ',
    zh: '计数：LSTM 与 GRU 学 aⁿbⁿ',
  },
  description: {
    en: 'Train an LSTM and a GRU on aⁿbⁿ (or aⁿbⁿcⁿ) with short strings, then test them on far longer ones, and watch the unit that counts.',
    zh: '用短字符串训练一个 LSTM 和一个 GRU 学 aⁿbⁿ（或 aⁿbⁿcⁿ），再拿长得多的字符串去测试，看那个负责计数的单元。',
  },
} as const satisfies WidgetInfo;
