import type { WidgetInfo } from '../../state/widgetInfo';

export const phasedGateInfo = {
  name: 'PhasedGate',
  title: { en: 'The Phased LSTM’s time gate', zh: 'Phased LSTM 的时间门' },
  description: {
    en: 'The time gate k_t of a Phased LSTM (Neil, Pfeiffer & Liu 2016) over time, for a period τ, shift and open ratio r_on of your choice, beside a clockwork module with the same period.',
    zh: 'Phased LSTM（Neil、Pfeiffer 和 Liu，2016）的时间门 k_t 随时间的变化：周期 τ、相移和开放比例 r_on 由你选择，旁边是周期相同的时钟模块。',
  },
} as const satisfies WidgetInfo;
